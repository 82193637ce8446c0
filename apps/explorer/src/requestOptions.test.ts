import { describe, expect, it } from "vitest";
import { requestOptions, type OptionsFormValues } from "./requestOptions.js";

const empty: OptionsFormValues = {
  area: "",
  neighbours: "",
  to: "",
  benchmark: "",
  disclosure: "",
  strategy: "",
  framework: null,
  breaks: null,
  ragRules: null,
  local: [],
};

describe("requestOptions", () => {
  it("trims the texts, splits the neighbours and leaves out empty fields (the doc example)", () => {
    expect(requestOptions({ ...empty, area: " Harrow ", neighbours: "Brent, Ealing,", to: "2025-02" })).toEqual({
      area: "Harrow",
      neighbours: ["Brent", "Ealing"],
      to: "2025-02",
    });
  });

  it("gives no option at all for an empty form, so every default is the CLI's", () => {
    expect(requestOptions(empty)).toEqual({});
  });

  it("splits neighbours on new lines as well as commas", () => {
    expect(requestOptions({ ...empty, neighbours: "Brent\nEaling ,\n\nHillingdon" }).neighbours).toEqual(["Brent", "Ealing", "Hillingdon"]);
  });

  it("passes a benchmark area only when it is one the CLI accepts", () => {
    expect(requestOptions({ ...empty, benchmark: "england-and-wales" }).benchmark).toBe("england-and-wales");
    expect(requestOptions({ ...empty, benchmark: "force-area" }).benchmark).toBe("force-area");
    expect("benchmark" in requestOptions({ ...empty, benchmark: "London" })).toBe(false);
  });

  it("passes the chosen files and the disclosure policy as given", () => {
    const framework = new File(["{}"], "strategy.json");
    const local = [new File(["a"], "asb.csv"), new File(["b"], "dv.csv")];
    const options = requestOptions({ ...empty, framework, strategy: " ours ", disclosure: "none", local });
    expect(options).toEqual({ framework, strategy: "ours", disclosure: "none", local });
    expect(options.framework).toBe(framework);
  });
});
