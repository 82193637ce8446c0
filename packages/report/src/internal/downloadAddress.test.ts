import { describe, expect, it } from "vitest";
import { addressProblem, redirectProblem } from "./downloadAddress.js";

const u = (s: string): URL => new URL(s);

describe("download addresses and redirects", () => {
  it("accepts https anywhere and plain http only to this machine", () => {
    expect(addressProblem(u("https://data.london.gov.uk/a.csv"))).toBeNull();
    expect(addressProblem(u("http://127.0.0.1:8080/a.csv"))).toBeNull();
    expect(addressProblem(u("http://[::1]/a.csv"))).toBeNull();
    expect(addressProblem(u("http://localhost/a.csv"))).toBeNull();
    for (const refused of [
      "http://example.org/a.csv",
      "ftp://127.0.0.1/a.csv",
      "file:///etc/passwd",
      "data:text/csv,a,b",
      "http://127.0.0.1.example.org/a.csv",
    ]) {
      expect(addressProblem(u(refused)), refused).toMatch(/^not HTTPS/);
    }
  });

  it.each([
    ["https://data.london.gov.uk/a.csv", "https://airdrive-secure.s3-eu-west-1.amazonaws.com/a.csv", null],
    ["http://127.0.0.1:8080/a.csv", "http://localhost:8080/b.csv", null],
    ["http://127.0.0.1:8080/a.csv", "https://data.london.gov.uk/a.csv", null],
    ["https://data.london.gov.uk/a.csv", "http://example.org/a.csv", "not HTTPS"],
    ["https://data.london.gov.uk/a.csv", "http://127.0.0.1/a.csv", "a loopback address reached from a public one"],
    ["https://data.london.gov.uk/a.csv", "https://localhost/a.csv", "a loopback address reached from a public one"],
    ["https://localhost/a.csv", "http://localhost/a.csv", "not HTTPS"],
    ["https://data.london.gov.uk/a.csv", "file:///etc/passwd", "not HTTPS"],
  ])("a redirect from %s to %s: %s", (from, to, problem) => {
    expect(redirectProblem(u(from), u(to))).toBe(problem);
  });
});
