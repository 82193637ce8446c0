// Recomputes the figures a partnership printed about its own measures (Harrow's 2019 Community
// Safety Strategy and Youth Justice Plan: public confidence, offensive weapon offences, FGM, youth
// justice, IDVA and MARAC, the crime prevention fund) from the published counts, and says of each
// printed figure whether it reproduces and, when it does not, why. The counts are local-data
// files in the templates of @crimestats/schema (examples/data/harrow/local-2019/*.csv), read with
// readLocalFile and assessed with localSections as a Strategic Assessment would; the printed
// figures are data too (examples/data/harrow/golden-2019-local.json). A partnership can check its
// own published figures the same way with files of its own.
//
//   node examples/reproduce-harrow-2019-local.mjs
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { auditPublishedTable, auditTotal } from "@crimestats/benchmark";
import { consistentNumerators, percentChange, percentagePointChange, reoffending, roundHalfUp, share } from "@crimestats/rates";
import { localSections, readLocalFile } from "@crimestats/report";

const folder = new URL("./data/harrow/local-2019/", import.meta.url);

/** The printed figures of golden-2019-local.json. */
export function readPrinted() {
  return JSON.parse(readFileSync(new URL("./data/harrow/golden-2019-local.json", import.meta.url), "utf8"));
}

/** Every CSV and JSON file of the folder read with readLocalFile: the files (with their problems) and the rows by kind. */
export async function readLocal() {
  const names = readdirSync(folder)
    .filter((name) => /\.(csv|json)$/.test(name))
    .sort();
  const files = await Promise.all(names.map((name) => readLocalFile({ name, data: readFileSync(new URL(name, folder)) })));
  const rows = (kind) => files.filter((f) => f.kind === kind).flatMap((f) => f.rows);
  return {
    files,
    input: { incidents: rows("incidents"), youthJustice: rows("youth-justice"), surveys: rows("survey"), services: rows("service-volumes") },
  };
}

/** A number rounded half up to `decimals` places and written with exactly that many, thousands separated: "7.0", "-32.8", "452,901". */
function fixed(value, decimals) {
  const rounded = roundHalfUp(value, decimals);
  const [whole, fraction = ""] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const digits = decimals === 0 ? grouped : `${grouped}.${fraction.padEnd(decimals, "0")}`;
  return rounded < 0 ? `-${digits}` : digits;
}

/** "36.4%", "2.78", "-32.8%": a figure as the check prints it ("not in the data" for null). */
const show = (value, decimals, suffix = "") => (value === null ? "not in the data" : `${fixed(value, decimals)}${suffix}`);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Whether a period as the assessment writes it ("12 months to Sep 2018", "Jan – Mar 2017", "2018", "2017/18") ends where `period` ("2017-10/2018-09") does. */
function endsAt(text, period) {
  const [year, month] = period.slice(-7).split("-").map(Number);
  return (
    text.endsWith(`${MONTHS[month - 1]} ${year}`) || (month === 12 && text === String(year)) || (month === 3 && text === `${year - 1}/${String(year).slice(2)}`)
  );
}

/** A table of the assessment: in the section `sectionId`, the table whose id ends with `table`. */
function tableOf(assessment, sectionId, table) {
  return assessment.sections.find((s) => s.id === sectionId)?.tables.find((t) => t.id.endsWith(table)) ?? null;
}

/** The text of a table's cell: the first row whose cells match `where` ({ header: text or test }), in the column headed `column`; null when there is none. */
function cell(table, where, column) {
  if (table === null) return null;
  const index = (header) => table.header.indexOf(header);
  const row = table.rows.find((r) =>
    Object.entries(where).every(([header, want]) => {
      const text = r[index(header)] ?? "";
      return typeof want === "function" ? want(text) : text === want;
    }),
  );
  return row === undefined || index(column) < 0 ? null : (row[index(column)] ?? null);
}

/**
 * The local sections of the assessment (localSections with the published counts as recorded, no
 * disclosure rule, as the documents printed them) and a check of every printed figure: its
 * recomputation from the published counts (`recomputed`), the same figure as the assessment
 * prints it (`assessment`, null where the assessment does not print it), whether the printed
 * figure reproduces at its printed decimals and, when it does not, the cause as the suite's
 * audits name it (auditPublishedTable, auditTotal of @crimestats/benchmark; consistentNumerators
 * of @crimestats/rates) with an explanation.
 */
export function reproduce(printed, local) {
  const assessment = localSections({
    area: "Harrow",
    comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"],
    benchmarkArea: "London",
    disclosure: { id: "none", protectionWidth: 0 },
    ...local.input,
    sources: local.files.map((f) => f.file),
  });
  const figures = [];
  /**
   * One printed figure (`value` at `decimals` places) against its recomputation (`exact`,
   * unrounded): it reproduces when they are equal at the printed decimals; `failure` gives the
   * cause and explanation when it does not.
   */
  const check = ({ group, id, where, printed: text, value, exact, decimals, suffix = "", shown = null, failure }) => {
    // null: a figure the data do not hold, so it is neither reproduced nor contradicted.
    const reproduces = exact === null ? null : roundHalfUp(exact, decimals) === value;
    figures.push({
      group,
      id,
      where,
      printed: text,
      recomputed: show(exact, decimals, suffix),
      assessment: shown,
      reproduces,
      cause: reproduces === true ? null : (failure?.cause ?? (reproduces === null ? "not-in-the-data" : "unexplained")),
      explanation:
        reproduces === true
          ? `${text} reproduces.`
          : (failure?.explanation ??
            (reproduces === null
              ? `${text} is not in the data, so it is not checked.`
              : `${text} is printed where ${show(exact, decimals, suffix)} is recomputed.`)),
    });
  };
  /** A printed total checked by auditTotal against its printed parts. */
  const total = ({ group, id, where, printed: text, audit, shown = null }) => {
    figures.push({
      group,
      id,
      where,
      printed: text,
      recomputed: show(audit.sum, audit.decimals),
      assessment: shown,
      reproduces: audit.consistent,
      cause: audit.cause,
      explanation: audit.explanation,
    });
  };
  const { survey, offensiveWeapons: weapons, fgm, youthJustice: yj, services, finance } = printed;

  // Public confidence: the printed percentages are the data (no sample base was published, so no
  // interval or test can be recomputed); the assessment's survey table shows them.
  const surveySection = assessment.sections.find((s) => s.kind === "survey");
  for (const row of survey.rows) {
    const table = surveySection?.tables.find((t) => t.caption.includes(row.question)) ?? null;
    survey.areas.forEach((area, i) => {
      const data = local.input.surveys.find((s) => s.question === row.question && s.area === area);
      check({
        group: "survey",
        id: `${row.question}, ${area}`,
        where: `${survey.where}, ${survey.printedAreaNames[area] ?? area}`,
        printed: `${row.percent[i]}%`,
        value: row.percent[i],
        exact: data?.percent ?? null,
        decimals: survey.decimals,
        suffix: "%",
        shown: cell(table, { Area: area }, "Percentage"),
      });
    });
  }

  // Offensive weapon offences: each year's shares and totals, and the "Change" column.
  const weaponsTable = tableOf(assessment, "offensive-weapons", "-category");
  weapons.years.forEach((year, y) => {
    for (const row of weapons.rows) {
      check({
        group: "offensive-weapons",
        id: `share, ${row.category}, ${year}`,
        where: weapons.where,
        printed: `${fixed(row.share[y], weapons.shareDecimals)}%`,
        value: row.share[y],
        exact: share(row.count[y], weapons.total[y]).value,
        decimals: weapons.shareDecimals,
        suffix: "%",
        shown: cell(weaponsTable, { Category: row.category }, `${year} %`),
      });
    }
    total({
      group: "offensive-weapons",
      id: `total, ${year}`,
      where: weapons.where,
      printed: String(weapons.total[y]),
      audit: auditTotal(
        weapons.rows.map((r) => r.count[y]),
        weapons.total[y],
      ),
      shown: cell(weaponsTable, { Category: "Total" }, year),
    });
    total({
      group: "offensive-weapons",
      id: `shares make 100%, ${year}`,
      where: weapons.where,
      printed: "100%",
      audit: auditTotal(
        weapons.rows.map((r) => r.share[y]),
        100,
        { decimals: weapons.shareDecimals, totalRounded: false },
      ),
    });
  });
  const [y17, y18] = [weapons.years.indexOf("2017"), weapons.years.indexOf("2018")];
  const changeAudit = auditPublishedTable(
    weapons.rows.map((r) => ({
      area: r.category,
      previous: { count: r.count[y17], rate: r.share[y17] },
      current: { count: r.count[y18], rate: r.share[y18] },
      change: { rate: r.change.value },
    })),
    {
      populations: Object.fromEntries(weapons.rows.map((r) => [r.category, { previous: weapons.total[y17], current: weapons.total[y18] }])),
      per: 100,
      decimals: { rate: weapons.shareDecimals, rateChange: weapons.shareDecimals },
    },
  );
  const changeColumn = weaponsTable?.header.find((h) => h.startsWith("Change in share")) ?? "";
  for (const row of weapons.rows) {
    const [earlier, later] = [share(row.count[y17], weapons.total[y17]).value, share(row.count[y18], weapons.total[y18]).value];
    const pp = percentagePointChange(earlier, later);
    const finding = changeAudit.findings.find((f) => f.area === row.category && f.field === "change.rate");
    check({
      group: "offensive-weapons",
      id: `change in share, ${row.category}`,
      where: `${weapons.where}, ${weapons.changeColumn}`,
      printed: row.change.printed,
      value: row.change.value,
      exact: pp,
      decimals: weapons.shareDecimals,
      suffix: " points",
      shown: cell(weaponsTable, { Category: row.category }, changeColumn),
      failure: {
        cause: finding?.cause ?? "unexplained",
        explanation: `${row.category}: the share went from ${show(earlier, 1, "%")} in 2017 to ${show(later, 1, "%")} in 2018, a change of ${show(pp, 1)} percentage points (later minus earlier); the printed ${row.change.printed} is a percentage-point change printed with a % sign${finding?.cause === "sign-reversed" ? " and its sign reversed (earlier minus later)" : ""}.`,
      },
    });
  }

  // FGM, published rounded to 5: the assessment shows each figure as published (never rounded
  // again), and the quarters are consistent with the year's "around 30" only within rounding.
  const fgmTable = tableOf(assessment, "fgm", "-published");
  fgm.rows.forEach((row) => {
    fgm.columns.forEach((column, c) => {
      const inData = local.input.incidents.find((r) => r.measure === "fgm" && r.period === row.period && r.category === column);
      check({
        group: "fgm",
        id: `${column}, ${row.label}`,
        where: fgm.where,
        printed: String(row.values[c]),
        value: row.values[c],
        exact: inData?.count ?? null,
        decimals: 0,
        shown: cell(fgmTable, { Period: (text) => endsAt(text, row.period), Category: column }, "Count (as published)"),
      });
    });
  });
  const newly = fgm.columns.indexOf(fgm.annual.column);
  total({
    group: "fgm",
    id: `${fgm.annual.column}, 2018-19`,
    where: `${fgm.where}; ${fgm.annual.where}`,
    printed: fgm.annual.printed,
    audit: auditTotal(
      fgm.rows.filter((r) => r.period >= "2018-04").map((r) => r.values[newly]),
      fgm.annual.value,
      { rounded: fgm.rounded, totalAlsoCovers: "the fourth quarter (January to March 2019)" },
    ),
    shown: cell(fgmTable, { Period: (text) => endsAt(text, fgm.annual.period), Category: fgm.annual.column }, "Count (as published)"),
  });

  // Youth justice: first-time entrants, reoffending (national cohort and local cohorts), custody.
  const yjSection = assessment.sections.find((s) => s.id === "youth-justice");
  const yjText = yjSection?.findings.join(" ") ?? "";
  const fte = yj.firstTimeEntrants;
  const fteTable = tableOf(assessment, "youth-justice", "fte-yjb-national-indicators");
  for (const side of ["previous", "current"]) {
    check({
      group: "youth-justice",
      id: `first-time entrants, ${fte[side].period}`,
      where: fte.where,
      printed: fte[side].printed,
      value: fte[side].value,
      exact: local.input.youthJustice.find((r) => r.measure === "first-time-entrants" && r.period === fte[side].period)?.count ?? null,
      decimals: 0,
      shown: cell(fteTable, { Period: (text) => endsAt(text, fte[side].period) }, "First-time entrants"),
    });
  }
  const fteChange = percentChange(fte.previous.value, fte.current.value);
  const fteAudit = auditPublishedTable(
    [{ area: "Harrow", previous: { count: fte.previous.value }, current: { count: fte.current.value }, change: { percent: fte.change.value } }],
    {
      populations: {},
    },
  );
  check({
    group: "youth-justice",
    id: "first-time entrants, change",
    where: fte.where,
    printed: fte.change.words,
    value: fte.change.value,
    exact: fteChange,
    decimals: fte.change.decimals,
    suffix: "%",
    shown: yjText.includes(`(${show(fteChange, 1, "%")})`) ? show(fteChange, 1, "%") : null,
    failure: {
      cause: fteAudit.findings[0]?.cause ?? "unexplained",
      explanation: `First-time entrants fell from ${fte.previous.value} to ${fte.current.value}, a change of ${show(fteChange, 1, "%")}; the printed "${fte.change.words}" does not follow from the counts, and no known slip (another rounding, a reversed sign, points for percent) gives it.`,
    },
  });
  const re = yj.reoffending;
  const national = tableOf(assessment, "youth-justice", "reoffending-yjb-national-indicators");
  const rate = share(re.reoffenders, re.cohort).value; // the re-offences were not printed: the rate needs only the re-offenders
  check({
    group: "youth-justice",
    id: "reoffending, binary rate",
    where: re.where,
    printed: re.percent.printed,
    value: re.percent.value,
    exact: rate,
    decimals: re.percent.decimals,
    suffix: "%",
    shown: cell(national, { Area: "Harrow", "Cohort size": String(re.cohort), "Re-offenders": String(re.reoffenders) }, "Binary rate"),
  });
  for (const comparator of [
    { area: "Harrow", period: re.previous.period, ...re.previous },
    ...re.comparators.map((c) => ({ ...c, period: re.cohortPeriod })),
  ]) {
    const data = local.input.youthJustice.find(
      (r) => r.measure === "reoffending" && r.area === comparator.area && r.period === comparator.period && r.percent !== undefined,
    );
    check({
      group: "youth-justice",
      id: `reoffending, ${comparator.area}, ${comparator.period}`,
      where: re.where,
      printed: comparator.printed,
      value: comparator.value,
      exact: data?.percent ?? null,
      decimals: 1,
      suffix: "%",
      shown: cell(national, { Area: comparator.area, Cohort: (text) => endsAt(text, comparator.period) }, "Binary rate"),
    });
  }
  const points = percentagePointChange(re.previous.value, rate);
  const reAudit = auditPublishedTable(
    [
      {
        area: "Harrow",
        per: 100,
        previous: { rate: re.previous.value },
        current: { count: re.reoffenders, rate: re.percent.value },
        change: { percent: re.change.value },
      },
    ],
    { populations: { Harrow: { current: re.cohort } }, decimals: { rate: 1, percentChange: 1 } },
  );
  figures.push({
    group: "youth-justice",
    id: "reoffending, change",
    where: re.where,
    printed: re.change.words,
    recomputed: `${show(points, 1)} percentage points (${show(percentChange(re.previous.value, rate), 1, "%")} as a percent change)`,
    assessment: yjText.includes(`${show(Math.abs(points), 1)} percentage points lower`) ? `${show(Math.abs(points), 1)} percentage points lower` : null,
    reproduces: false,
    cause: reAudit.findings.find((f) => f.field === "change.percent")?.cause ?? "unexplained",
    explanation: `The binary rate went from ${re.previous.printed} to ${show(rate, 1, "%")}: a change of ${show(points, 1)} percentage points, or ${show(percentChange(re.previous.value, rate), 1, "%")} as a percent change; the printed "${re.change.words}" is the percentage-point change written as a percent.`,
  });
  const fit = consistentNumerators(re.frequency.printed, re.reoffenders, { per: 1 });
  figures.push({
    group: "youth-justice",
    id: "reoffending, re-offences per re-offender",
    where: re.where,
    printed: re.frequency.printed,
    recomputed: "not computable: the re-offences were not printed",
    assessment: cell(national, { Area: "Harrow", "Cohort size": String(re.cohort) }, "Per re-offender"),
    reproduces: false,
    cause: fit.consistent ? "not-computable" : "no-whole-numerator",
    explanation: fit.consistent
      ? `${re.frequency.printed} re-offences per re-offender fits ${fit.numerators.join(" or ")} re-offences, which were not printed.`
      : `No whole number of re-offences by ${re.reoffenders} re-offenders gives ${re.frequency.printed} per re-offender: ${fit.below?.numerator} gives ${show(fit.below?.value ?? null, 2)} and ${fit.above?.numerator} gives ${show(fit.above?.value ?? null, 2)}.`,
  });
  const localTable = tableOf(assessment, "youth-justice", "reoffending-local-fte-starters");
  for (const row of yj.localCohorts.rows) {
    const r = reoffending({ cohort: row.cohort, reoffenders: row.reoffenders, reoffences: row.reoffences });
    const where = { "Cohort size": String(row.cohort), "Re-offenders": String(row.reoffenders) };
    check({
      group: "youth-justice",
      id: `local cohort ${row.label}, %`,
      where: yj.localCohorts.where,
      printed: `${fixed(row.percent, 1)}%`,
      value: row.percent,
      exact: r.binaryRate,
      decimals: yj.localCohorts.percentDecimals,
      suffix: "%",
      shown: cell(localTable, where, "Binary rate"),
    });
    check({
      group: "youth-justice",
      id: `local cohort ${row.label}, per re-offender`,
      where: yj.localCohorts.where,
      printed: fixed(row.frequency, 2),
      value: row.frequency,
      exact: r.reoffencesPerReoffender,
      decimals: yj.localCohorts.frequencyDecimals,
      shown: cell(localTable, where, "Per re-offender"),
    });
  }
  const custodyTable = tableOf(assessment, "youth-justice", "custody-yjb-national-indicators");
  for (const side of ["previous", "current"]) {
    const c = yj.custody[side];
    check({
      group: "youth-justice",
      id: `custodial sentences, ${c.period}`,
      where: yj.custody.where,
      printed: c.printed,
      value: c.value,
      exact: local.input.youthJustice.find((r) => r.measure === "custody" && r.period === c.period)?.count ?? null,
      decimals: 0,
      shown: cell(custodyTable, { Period: (text) => endsAt(text, c.period) }, "Custodial sentences"),
    });
  }

  // Services: IDVA cases against the target in two passages, and the year before both imply.
  const idva = services.idva;
  const [first, second] = idva.passages;
  const serviceTable = tableOf(assessment, "service-volumes", "service-volumes");
  check({
    group: "service-volumes",
    id: "IDVA cases above the target",
    where: first.where,
    printed: `exceeding by ${first.exceedingBy}`,
    value: first.exceedingBy,
    exact: first.cases - idva.target.value,
    decimals: 0,
    shown: cell(serviceTable, { Measure: local.input.services.find((r) => r.measure === "idva-cases")?.measureName ?? "" }, "Variance (actual − target)"),
  });
  for (const passage of idva.passages) {
    total({
      group: "service-volumes",
      id: `IDVA cases and hospital referrals (${passage.cases})`,
      where: passage.where,
      printed: String(passage.withHospital),
      audit: auditTotal([passage.cases, passage.hospitalReferrals], passage.withHospital),
    });
  }
  const implied = [...new Set(idva.passages.map((p) => p.withHospital - p.increaseOnPreviousYear))];
  figures.push({
    group: "service-volumes",
    id: "IDVA cases",
    where: `${first.where}; ${second.where}`,
    printed: `${first.cases} and ${second.cases}`,
    recomputed: `${implied.join(" or ")} the year before`,
    assessment: null,
    reproduces: first.cases === second.cases,
    cause: first.cases === second.cases ? null : "passages-disagree",
    explanation: `One passage gives ${first.cases} IDVA cases (${first.cases} + ${first.hospitalReferrals} hospital referrals = ${first.withHospital}, "an increase of ${first.increaseOnPreviousYear}"), another ${second.cases} (${second.withHospital}, "an increase of ${second.increaseOnPreviousYear}"); both increases imply ${implied.join(" and ")} the year before, so the passages differ in this year's count, by ${Math.abs(second.cases - first.cases)}; the target comparison ("exceeding by ${first.exceedingBy}") fits ${first.cases}.`,
  });
  for (const side of ["previous", "current"]) {
    const m = services.marac[side];
    check({
      group: "service-volumes",
      id: `MARAC cases a month, ${m.period}`,
      where: services.marac.where,
      printed: String(m.value),
      value: m.value,
      exact: local.input.services.find((r) => r.measure === "marac-cases" && r.period === m.period)?.value ?? null,
      decimals: 0,
      shown: cell(serviceTable, { Measure: "MARAC cases" }, side === "current" ? "Value" : "Previous period"),
    });
  }

  // Finance: the two years of the fund against their printed total.
  total({
    group: "finance",
    id: "London Crime Prevention Fund, two years",
    where: finance.where,
    printed: finance.total.printed,
    audit: auditTotal(
      finance.lines.map((l) => l.value),
      finance.total.value,
    ),
  });

  return { assessment, figures, claims: surveyClaims(printed.survey, assessment) };
}

/**
 * The survey claims of the commentary: true of the printed values or not, and whether the
 * assessment makes them (it ranks areas only when every area has a sample base).
 */
function surveyClaims(survey, assessment) {
  const section = assessment.sections.find((s) => s.kind === "survey");
  const text = section === undefined ? "" : [...section.findings, ...section.notes, ...section.tables.flatMap((t) => t.notes)].join(" ");
  const percentOf = (question, area) => survey.rows.find((r) => r.question === question)?.percent[survey.areas.indexOf(area)];
  const group = survey.areas.filter((a) => a !== "London");
  const rankInGroup = (question) => {
    const harrow = percentOf(question, "Harrow");
    const lower = group.filter((a) => percentOf(question, a) < harrow).length;
    const tied = group.filter((a) => a !== "Harrow" && percentOf(question, a) === harrow).length;
    return { lower, tied };
  };
  return survey.claims.map((claim) => {
    let trueOfPrintedValues;
    if (claim.id === "above-london") trueOfPrintedValues = claim.questions.every((q) => percentOf(q, "Harrow") > percentOf(q, "London"));
    else if (claim.id === "second-lowest") trueOfPrintedValues = rankInGroup(claim.question).lower === 1 && rankInGroup(claim.question).tied === 0;
    else trueOfPrintedValues = rankInGroup(claim.question).lower === 0 && rankInGroup(claim.question).tied > 0;
    return {
      id: claim.id,
      claim: claim.claim,
      trueOfPrintedValues,
      saidByAssessment: claim.words !== undefined && text.toLowerCase().includes(claim.words),
      explanation: `${trueOfPrintedValues ? "True of the printed percentages" : "Not true of the printed percentages"}, but no sample bases were published, so no difference between the areas can be tested: the assessment lists the areas without ranking them or calling one above another.`,
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const printed = readPrinted();
  const local = await readLocal();
  for (const f of local.files) {
    console.log(
      `${f.file}: ${f.kind ?? "not a local-data template"}, ${f.rows.length} of ${f.rowsRead} rows read${f.problems.length === 0 ? "" : `, ${f.problems.length} problems`}.`,
    );
  }
  const { assessment, figures, claims } = reproduce(printed, local);
  console.log(`Sections: ${assessment.sections.map((s) => s.name).join(", ")}.`);
  const failed = figures.filter((f) => f.reproduces === false);
  const withinRounding = figures.filter((f) => f.reproduces === true && f.cause !== null);
  console.log(`${figures.length - failed.length} of ${figures.length} printed figures reproduce, ${withinRounding.length} of them within rounding:`);
  for (const f of withinRounding) console.log(`  - ${f.group}, ${f.id}: ${f.explanation} [${f.cause}]`);
  console.log(`${failed.length} do not:`);
  for (const f of failed) console.log(`  - ${f.group}, ${f.id}: printed ${f.printed}, recomputed ${f.recomputed} [${f.cause}]. ${f.explanation}`);
  console.log("The survey commentary's claims:");
  for (const c of claims) console.log(`  - "${c.claim}": ${c.explanation}`);
}
