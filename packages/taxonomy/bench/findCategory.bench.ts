import { bench, describe } from "vitest";
import { crosswalk, findCategory, metropolitanPoliceCategories, policeUkCategories } from "../src/index.js";

const texts = ["Burglary", "Violence and sexual offences", "Anti-social behaviour", "Other theft", "Shoplifting"];
const minors = ["BURGLARY IN A DWELLING", "RES BURGLARY OF A HOME", "OTHER THEFT", "VIOLENCE WITH INJURY", "POSSESSION OF DRUGS"];

describe("findCategory", () => {
  bench("police.uk Crime type, 10,000 look-ups", () => {
    for (let i = 0; i < 10_000; i++) findCategory(policeUkCategories, texts[i % texts.length] as string);
  });
  bench("MPS MinorText at level 2, 10,000 look-ups", () => {
    for (let i = 0; i < 10_000; i++) findCategory(metropolitanPoliceCategories, minors[i % minors.length] as string, { level: 2 });
  });
});

describe("crosswalk", () => {
  bench("MPS minor → police.uk (two tables), 1,000 calls", () => {
    for (let i = 0; i < 1_000; i++) crosswalk(metropolitanPoliceCategories, policeUkCategories, minors[i % minors.length] as string);
  });
});
