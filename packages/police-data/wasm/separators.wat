;; The separators of CSV bytes, 64 bytes at a time (WebAssembly SIMD): the scanner of
;; @crimestats/police-data asks where the commas and line feeds of a run of rows are, and makes the
;; rows' fields from them itself. Built into src/internal/separatorsWasm.ts by `pnpm run wasm`
;; (wabt); a test checks that the built bytes are those of this file.
(module
  ;; 177 pages (11.06 MiB), laid out by its user (src/internal/separatorKernel.ts): the bytes to read
  ;; (with 64 bytes to spare after them: a block is read whole), the separators found, and buffers
  ;; that file readers read into. Never grown: growing detaches the memory's ArrayBuffer, and after
  ;; any detach V8 checks every typed-array access of the thread for it.
  (memory (export "memory") 177)
  ;; where the last call stopped: at `end`, at the first double quote, or at the first block not
  ;; read because `out` was full
  (global $stop (export "stop") (mut i32) (i32.const 0))

  ;; separators(p, end, out, cap): the offsets of the commas and line feeds in memory[p, end), in
  ;; order, written as i32 from `out` on (a line feed's offset with its top bit set), at most `cap`;
  ;; reading stops at the first double quote (separators before it are written). Returns how many
  ;; were written; `stop` says where reading stopped.
  (func (export "separators") (param $p i32) (param $end i32) (param $out i32) (param $cap i32) (result i32)
    (local $v v128) (local $lf i64) (local $sep i64) (local $quote i64) (local $t i64) (local $first i32) (local $full i32)
    (local.set $first (local.get $out))
    ;; a block writes at most 64 separators
    (local.set $full (i32.add (local.get $out) (i32.shl (i32.sub (local.get $cap) (i32.const 64)) (i32.const 2))))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.gt_s (local.get $out) (local.get $full)))
        (local.set $lf (i64.const 0))
        (local.set $sep (i64.const 0))
        (local.set $quote (i64.const 0))
        (local.set $v (v128.load (local.get $p)))
        (local.set $lf (i64.or (local.get $lf) (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10)))))))
        (local.set $sep (i64.or (local.get $sep) (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 44)))))))
        (local.set $quote (i64.or (local.get $quote) (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34)))))))
        (local.set $v (v128.load offset=16 (local.get $p)))
        (local.set $lf (i64.or (local.get $lf) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10))))) (i64.const 16))))
        (local.set $sep (i64.or (local.get $sep) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 44))))) (i64.const 16))))
        (local.set $quote (i64.or (local.get $quote) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34))))) (i64.const 16))))
        (local.set $v (v128.load offset=32 (local.get $p)))
        (local.set $lf (i64.or (local.get $lf) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10))))) (i64.const 32))))
        (local.set $sep (i64.or (local.get $sep) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 44))))) (i64.const 32))))
        (local.set $quote (i64.or (local.get $quote) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34))))) (i64.const 32))))
        (local.set $v (v128.load offset=48 (local.get $p)))
        (local.set $lf (i64.or (local.get $lf) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 10))))) (i64.const 48))))
        (local.set $sep (i64.or (local.get $sep) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 44))))) (i64.const 48))))
        (local.set $quote (i64.or (local.get $quote) (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 34))))) (i64.const 48))))
        (local.set $sep (i64.or (local.get $sep) (local.get $lf)))
        ;; bytes at or past `end` are not the input's
        (if (i32.lt_u (i32.sub (local.get $end) (local.get $p)) (i32.const 64))
          (then
            (local.set $t (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.sub (local.get $end) (local.get $p)))) (i64.const 1)))
            (local.set $sep (i64.and (local.get $sep) (local.get $t)))
            (local.set $quote (i64.and (local.get $quote) (local.get $t)))))
        ;; a double quote: only the separators before it
        (if (i64.ne (local.get $quote) (i64.const 0))
          (then
            (local.set $t (i64.ctz (local.get $quote)))
            (local.set $sep (i64.and (local.get $sep) (i64.sub (i64.shl (i64.const 1) (local.get $t)) (i64.const 1))))
            (global.set $stop (i32.add (local.get $p) (i32.wrap_i64 (local.get $t))))))
        (block $written
          (loop $bits
            (br_if $written (i64.eqz (local.get $sep)))
            (local.set $t (i64.ctz (local.get $sep)))
            (i32.store (local.get $out)
              (i32.or
                (i32.add (local.get $p) (i32.wrap_i64 (local.get $t)))
                (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $lf) (local.get $t))) (i32.const 31))))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (local.set $sep (i64.and (local.get $sep) (i64.sub (local.get $sep) (i64.const 1))))
            (br $bits)))
        (if (i64.ne (local.get $quote) (i64.const 0))
          (then (return (i32.shr_u (i32.sub (local.get $out) (local.get $first)) (i32.const 2)))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $blocks)))
    (global.set $stop (select (local.get $end) (local.get $p) (i32.gt_u (local.get $p) (local.get $end))))
    (i32.shr_u (i32.sub (local.get $out) (local.get $first)) (i32.const 2)))
)
