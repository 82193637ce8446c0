import type { Strategy } from "@crimestats/schema";

/**
 * Harrow's Community Safety Plan 2011–2014 (covering 2011/12 to 2014/15) as a `Strategy` of `@crimestats/schema`: seven
 * priorities (residential burglary and other acquisitive crime, violent crime, ASB, domestic
 * violence, youth offending, drug and alcohol misuse, re-offending) plus the police targets (total
 * crime, sanction detection rate), and the plan's indicator list (Harrow Community Safety Plan 2011–2014), with offences in the 2008–16 MPS classification. An example, not an official
 * publication: wording follows the published document.
 *
 * @example
 * ```ts
 * harrowStrategy2011to2014.priorities.map((p) => p.title).length;
 * //=> 8
 * ```
 */
export const harrowStrategy2011to2014: Strategy = {
  id: "harrow-2011-14",
  title: "Harrow Community Safety Plan 2011–2014",
  area: "E09000015",
  period: {
    kind: "custom",
    first: "2011-04",
    last: "2015-03",
    label: "Apr 2011 – Mar 2015"
  },
  priorities: [
    {
      id: "acquisitive-crime",
      title: "Residential burglary and other acquisitive crime",
      kind: "other",
      offences: [
        "residential burglary",
        "personal robbery",
        "theft from vehicle",
        "theft of vehicle",
        "snatch and pickpocket"
      ],
      indicators: [
        {
          id: "residential-burglary",
          name: "Residential burglary",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "burglary.burglary-in-a-dwelling"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "personal-robbery",
          name: "Personal robbery",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "robbery.personal-property"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "theft-from-vehicle",
          name: "Theft from vehicle",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "theft-and-handling.theft-from-motor-vehicle"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "theft-of-vehicle",
          name: "Theft of vehicle",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "theft-and-handling.theft-taking-of-motor-vehicle"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "snatch-and-pickpocket",
          name: "Snatch and pickpocket",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "theft-and-handling.other-theft-person"
              ],
              description: "snatch and pickpocket thefts"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "violent-crime",
      title: "Violent crime",
      kind: "other",
      offences: [
        "common assault",
        "racist offences"
      ],
      indicators: [
        {
          id: "common-assault",
          name: "Common assault",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "violence-against-the-person.common-assault"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "racist-offences",
          name: "Racist offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "hate:racist"
              ],
              description: "offences flagged racist"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "asb",
      title: "Anti-social behaviour",
      kind: "other",
      offences: [
        "ASB",
        "criminal damage",
        "fly-tipping",
        "graffiti",
        "incidents on public transport"
      ],
      indicators: [
        {
          id: "criminal-damage",
          name: "Criminal damage",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps-legacy",
              codes: [
                "criminal-damage"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "bus-incidents",
          name: "Incidents recorded on buses",
          measure: "count",
          numerator: {
            offences: {
              description: "incidents recorded on buses"
            },
            unit: "incidents"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "rail-incidents",
          name: "Incidents on trains and tubes",
          measure: "count",
          numerator: {
            offences: {
              description: "incidents on trains and tubes"
            },
            unit: "incidents"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "fly-tipping",
          name: "Fly-tipping (public reports)",
          measure: "count",
          numerator: {
            offences: {
              description: "fly-tipping reported by the public"
            },
            unit: "incidents"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "graffiti",
          name: "Graffiti (public reports)",
          measure: "count",
          numerator: {
            offences: {
              description: "graffiti reported by the public"
            },
            unit: "incidents"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "domestic-violence",
      title: "Domestic violence",
      kind: "other",
      offences: [
        "domestic violence",
        "VAWG: sexual violence, prostitution, harassment, trafficking, stalking"
      ],
      objective: "Prevention, Provision, Partnership and Perpetrators",
      indicators: [
        {
          id: "domestic-violence",
          name: "Domestic violence",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "domestic-abuse"
              ],
              description: "offences flagged domestic abuse"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "youth-offending",
      title: "Youth offending",
      kind: "other",
      offences: [
        "offences by young people"
      ],
      indicators: [
        {
          id: "first-time-entrants",
          name: "Young first time entrants",
          measure: "count",
          numerator: {
            offences: {
              description: "young people entering the youth justice system for the first time"
            },
            unit: "people"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "youth-offences",
          name: "Offences committed by young people",
          measure: "count",
          numerator: {
            offences: {
              description: "offences committed by young people"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "drugs-and-alcohol",
      title: "Drug and alcohol misuse",
      kind: "other",
      offences: [
        "drug and alcohol misuse"
      ],
      indicators: [
        {
          id: "drug-users-in-treatment",
          name: "Problem drug users in treatment",
          measure: "count",
          numerator: {
            offences: {
              description: "problem drug users in treatment"
            },
            unit: "people"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "reoffending",
      title: "Re-offending",
      kind: "other",
      offences: [
        "re-offending"
      ],
      indicators: [],
      targets: []
    },
    {
      id: "police-targets",
      title: "Police targets: total crime and sanction detections",
      kind: "other",
      offences: [
        "total notifiable offences",
        "sanction detections"
      ],
      indicators: [
        {
          id: "total-crime",
          name: "Total crime",
          measure: "count",
          numerator: {
            offences: {
              description: "total notifiable offences"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "sanction-detection-rate",
          name: "Sanction detection rate",
          measure: "proportion",
          numerator: {
            offences: {
              description: "offences with a sanction detection"
            },
            unit: "offences"
          },
          denominator: null,
          multiplier: 100,
          polarity: "higher-is-better",
          decimals: 1
        }
      ],
      targets: []
    }
  ],
  mandatoryPriorities: [],
  source: "Harrow Community Safety Plan 2011–2014",
  notes: "Police targets were crime reductions by type plus the sanction detection rate, monitored quarterly and reviewed yearly; the plan gives no numeric targets here. Priorities were not labelled high volume / high harm before 2017. The police targets (total crime, sanction detection rate) are kept as an eighth entry so every indicator of the plan's list has a home. \"Personal robbery\" appears twice in the printed table."
};

/** The high-harm and high-volume priorities the MOPAC Police and Crime Plan 2017–21 set every London borough. */
const mopacMandatoryPriorities2017to2021: Strategy["mandatoryPriorities"] = [
  {
    title: "Sexual Violence",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Modern Slavery",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Domestic Abuse",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Weapon Based Crime",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Child Sexual Exploitation",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Hate Crime",
    kind: "high-harm",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  },
  {
    title: "Anti-Social Behaviour",
    kind: "high-volume",
    setBy: "MOPAC Police and Crime Plan 2017–21"
  }
];

/**
 * Harrow's Community Safety and VVE Strategy 2017–2020 (Cabinet, 13 July 2017) as a
 * `Strategy` of `@crimestats/schema`: three high-volume and four high-harm priorities, with MOPAC's mandatory
 * priorities. An example, not an official publication: wording follows the published document.
 *
 * @example
 * ```ts
 * harrowStrategy2017to2020.priorities.map((p) => p.title).length;
 * //=> 7
 * ```
 */
export const harrowStrategy2017to2020: Strategy = {
  id: "harrow-2017-20",
  title: "Community Safety and Violence, Vulnerability and Exploitation Strategy 2017–2020",
  area: "E09000015",
  period: {
    kind: "custom",
    first: "2017-04",
    last: "2020-03",
    label: "Apr 2017 – Mar 2020"
  },
  priorities: [
    {
      id: "burglary",
      number: "HV1",
      title: "Burglary",
      kind: "high-volume",
      offences: [
        "burglary"
      ],
      indicators: [
        {
          id: "burglary",
          name: "Burglary offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "burglary"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "non-da-vwi",
      number: "HV2",
      title: "Non-domestic violence with injury",
      kind: "high-volume",
      offences: [
        "violence with injury not flagged domestic abuse"
      ],
      indicators: [
        {
          id: "non-da-vwi",
          name: "Non-domestic abuse violence with injury",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "violence-against-the-person.violence-with-injury"
              ],
              description: "excluding offences flagged domestic abuse"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "asb",
      number: "HV3",
      title: "Anti-social behaviour",
      kind: "high-volume",
      offences: [
        "ASB"
      ],
      indicators: [
        {
          id: "asb-calls",
          name: "ASB calls",
          measure: "count",
          numerator: {
            offences: {
              description: "anti-social behaviour calls to police"
            },
            unit: "calls"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "youth-violence",
      number: "HH1",
      title: "Youth violence and knife crime (including gang crime and CSE)",
      kind: "high-harm",
      offences: [
        "knife crime",
        "serious youth violence",
        "gang crime",
        "CSE"
      ],
      indicators: [
        {
          id: "knife-crime",
          name: "Knife crime",
          measure: "count",
          numerator: {
            offences: {
              description: "offences committed using a knife or bladed article"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "domestic-and-sexual-abuse",
      number: "HH2",
      title: "Domestic and sexual abuse",
      kind: "high-harm",
      offences: [
        "domestic abuse",
        "sexual offences"
      ],
      indicators: [
        {
          id: "da-offences",
          name: "Domestic abuse offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "domestic-abuse"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        },
        {
          id: "sexual-offences",
          name: "Sexual offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "sexual-offences"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "drugs-and-alcohol",
      number: "HH3",
      title: "Drug and alcohol misuse (including supply and support for ex-prisoners)",
      kind: "high-harm",
      offences: [
        "drug possession",
        "drug supply"
      ],
      indicators: [
        {
          id: "drug-offences",
          name: "Drug offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "drug-offences"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "extremism-and-hate",
      number: "HH4",
      title: "Extremism and hate crime",
      kind: "high-harm",
      offences: [
        "hate crime",
        "extremism"
      ],
      indicators: [
        {
          id: "hate-crime",
          name: "Hate crime offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "hate"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    }
  ],
  mandatoryPriorities: mopacMandatoryPriorities2017to2021,
  source: "Harrow Cabinet report, 13 July 2017",
  notes: "Replaced the MOPAC 7 target crimes with a thematic approach. The 2018/19 Delivery Plan added HV4 motor vehicle crime and modern slavery (see the 2019/20 strategy)."
};

/**
 * Harrow's Community Safety, Violence, Vulnerability and Exploitation Strategy 2019/20 and its
 * Delivery Plan as a `Strategy` of `@crimestats/schema`: four high-volume and five high-harm priorities with their
 * objectives, indicators (polarity per docs/methods.md#polarity) and the plan's targets (verbatim measures,
 * "by 10% each year", "240 new cases per year"), and MOPAC's mandatory priorities. An example,
 * not an official publication: wording follows the published document.
 *
 * @example
 * ```ts
 * harrowStrategy2019to2020.priorities.map((p) => p.title).length;
 * //=> 9
 * ```
 */
export const harrowStrategy2019to2020: Strategy = {
  id: "harrow-2019-20",
  title: "Community Safety, Violence, Vulnerability and Exploitation Strategy 2019/20",
  area: "E09000015",
  period: {
    kind: "financial-year",
    first: "2019-04",
    last: "2020-03",
    label: "2019/20"
  },
  priorities: [
    {
      id: "burglary",
      number: "HV1",
      title: "Burglary",
      kind: "high-volume",
      offences: [
        "burglary including aggravated and artifice",
        "fear of crime",
        "confidence"
      ],
      objective: "To reduce the number of burglaries (including aggravated burglaries) and fear of crime in the borough and increase public confidence in the police",
      indicators: [
        {
          id: "burglary",
          name: "Burglary offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "burglary"
              ],
              description: "including aggravated and artifice burglary"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "fear-of-crime",
          name: "Fear of crime",
          measure: "proportion",
          numerator: {
            offences: {
              description: "survey respondents worried about crime"
            },
            unit: "people"
          },
          denominator: null,
          multiplier: 100,
          polarity: "lower-is-better",
          decimals: 1
        },
        {
          id: "confidence",
          name: "Public confidence in the police",
          measure: "proportion",
          numerator: {
            offences: {
              description: "MOPAC Public Attitude Survey: respondents agreeing"
            },
            unit: "people"
          },
          denominator: null,
          multiplier: 100,
          polarity: "higher-is-better",
          decimals: 1
        }
      ],
      targets: [
        {
          indicator: "burglary",
          target: {
            kind: "same-period-last-year",
            description: "Burglaries are reduced compared to the same period in the last 12 months"
          }
        }
      ]
    },
    {
      id: "non-da-vwi",
      number: "HV2",
      title: "Non-domestic abuse violence with injury",
      kind: "high-volume",
      offences: [
        "grievous bodily harm",
        "actual bodily harm"
      ],
      objective: "To reduce the number of incidents of grievous bodily harm and actual bodily harm",
      indicators: [
        {
          id: "gbh",
          name: "Grievous bodily harm (non-DA)",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "violence-against-the-person.violence-with-injury"
              ],
              description: "GBH not flagged domestic abuse"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "abh",
          name: "Actual bodily harm (non-DA)",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "violence-against-the-person.violence-with-injury"
              ],
              description: "ABH not flagged domestic abuse"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "gbh",
          target: {
            kind: "same-period-last-year",
            description: "The number of incidents of grievous bodily harm are reduced compared to the same period in the last 12 months"
          }
        },
        {
          indicator: "abh",
          target: {
            kind: "same-period-last-year",
            description: "The number of incidents of actual bodily harm are reduced compared to the same period in the last 12 months"
          }
        }
      ]
    },
    {
      id: "asb",
      number: "HV3",
      title: "Anti-social behaviour",
      kind: "high-volume",
      offences: [
        "ASB calls",
        "repeat ASB"
      ],
      objective: "To reduce the number of anti-social behaviour incidents … and ensure victims get the support they need.",
      indicators: [
        {
          id: "repeat-asb",
          name: "Repeat ASB incidents",
          measure: "count",
          numerator: {
            offences: {
              description: "repeat anti-social behaviour incidents"
            },
            unit: "incidents"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "asb-calls",
          name: "ASB calls",
          measure: "count",
          numerator: {
            offences: {
              description: "anti-social behaviour calls to police"
            },
            unit: "calls"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "repeat-asb",
          target: {
            kind: "same-period-last-year",
            description: "The number of repeat anti-social behaviour incidents that occur in the borough are reduced compared to the same period in the last 12 months"
          }
        }
      ]
    },
    {
      id: "motor-vehicle-crime",
      number: "HV4",
      title: "Motor vehicle crime",
      kind: "high-volume",
      offences: [
        "theft of a motor vehicle (4a)",
        "theft from a motor vehicle (4b)"
      ],
      objective: "To reduce the number of thefts of/from a vehicle …",
      indicators: [
        {
          id: "theft-of-vehicle",
          name: "Theft of a motor vehicle (4a)",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "vehicle-offences.theft-or-unauth-taking-of-a-motor-veh"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "theft-from-vehicle",
          name: "Theft from a motor vehicle (4b)",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "vehicle-offences.theft-from-a-vehicle"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "youth-violence",
      number: "HH1",
      title: "Youth violence, weapon-based crime and VVE",
      kind: "high-harm",
      offences: [
        "knife crime",
        "weapon possession",
        "serious youth violence",
        "gangs",
        "CSE"
      ],
      objective: "decrease the number of young people carrying offensive weapons (guns and knives) by 10% each year",
      indicators: [
        {
          id: "young-people-carrying-weapons",
          name: "Young people carrying offensive weapons",
          measure: "count",
          numerator: {
            offences: {
              description: "young people carrying offensive weapons (guns and knives)"
            },
            unit: "people"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "knife-crime",
          name: "Knife crime",
          measure: "count",
          numerator: {
            offences: {
              description: "offences committed using a knife or bladed article"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "weapon-possession",
          name: "Possession of weapons offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "possession-of-weapons"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "young-people-carrying-weapons",
          target: {
            kind: "percent-reduction",
            percent: 10,
            description: "by 10% each year"
          }
        }
      ]
    },
    {
      id: "modern-slavery",
      number: "HH2",
      title: "Modern slavery",
      kind: "high-harm",
      offences: [
        "human trafficking",
        "slavery",
        "servitude",
        "forced labour"
      ],
      objective: "To ensure there is an effective and coordinated response to modern slavery in Harrow",
      indicators: [
        {
          id: "nrm-referrals",
          name: "National Referral Mechanism referrals",
          measure: "count",
          numerator: {
            offences: {
              description: "NRM referrals (not decisions)"
            },
            unit: "referrals"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "domestic-and-sexual-abuse",
      number: "HH3",
      title: "Domestic and sexual abuse (including FGM)",
      kind: "high-harm",
      offences: [
        "domestic abuse offences and incidents",
        "sexual offences",
        "FGM"
      ],
      objective: "a. Prevention / Education b. Policing and enforcement c. Support and recovery",
      indicators: [
        {
          id: "idva-cases",
          name: "IDVA new cases",
          measure: "count",
          numerator: {
            offences: {
              description: "new cases taken on by independent domestic violence advisers"
            },
            unit: "cases"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        },
        {
          id: "da-offences",
          name: "Domestic abuse offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "domestic-abuse"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        },
        {
          id: "marac-referrals",
          name: "MARAC referrals",
          measure: "count",
          numerator: {
            offences: {
              description: "referrals to the multi-agency risk assessment conference"
            },
            unit: "referrals"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "idva-cases",
          target: {
            kind: "value",
            value: 240,
            description: "240 new cases per year"
          }
        }
      ]
    },
    {
      id: "drugs-and-alcohol",
      number: "HH4",
      title: "Drugs and alcohol",
      kind: "high-harm",
      offences: [
        "drug possession",
        "drug supply",
        "ex-prisoner reoffending"
      ],
      objective: "reduce alcohol and drug-related reoffending",
      indicators: [
        {
          id: "prison-treatment-transfer",
          name: "Transfer rate from prison to community treatment",
          measure: "proportion",
          numerator: {
            offences: {
              description: "adults released from prison with a substance-misuse need who engage in community treatment"
            },
            unit: "people"
          },
          denominator: null,
          multiplier: 100,
          polarity: "higher-is-better",
          decimals: 1
        },
        {
          id: "drug-offences",
          name: "Drug offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "drug-offences"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "prison-treatment-transfer",
          target: {
            kind: "same-period-last-year",
            description: "Year on year increase in the transfer rate from prison to the community treatment"
          }
        }
      ]
    },
    {
      id: "extremism-and-hate",
      number: "HH5",
      title: "Extremism and hate crime",
      kind: "high-harm",
      offences: [
        "hate crime by flag",
        "Prevent"
      ],
      objective: "…to improve hate crime reporting rates",
      indicators: [
        {
          id: "hate-crime-reports",
          name: "Hate crime reporting",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "hate"
              ],
              description: "hate crime incidents reported"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        },
        {
          id: "hate-crime-offences",
          name: "Hate crime offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "hate"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: [
        {
          indicator: "hate-crime-reports",
          target: {
            kind: "same-period-last-year",
            description: "Increase in the reporting of incidents of Hate Crime"
          }
        }
      ]
    }
  ],
  mandatoryPriorities: mopacMandatoryPriorities2017to2021,
  source: "Community Safety, Violence, Vulnerability and Exploitation Strategy 2019/20 and the 2019/20 Delivery Plan",
  notes: "Local volume priorities agreed with MOPAC: burglary, non-domestic violence with injury, motor vehicle crime. One passage of the strategy lists only five mandatory high-harm crimes (modern slavery left out). The only numeric targets are -10% a year (weapon carrying) and 240 IDVA cases a year."
};

/**
 * Harrow's Community Safety Strategy 2023–26 as a `Strategy` of `@crimestats/schema`: the six priorities of the
 * 2023 committee minutes with a suggested offence mapping (the minutes name no
 * measures, so there are no targets). An example, not an official publication.
 *
 * @example
 * ```ts
 * harrowStrategy2023to2026.priorities.map((p) => p.title).length;
 * //=> 6
 * ```
 */
export const harrowStrategy2023to2026: Strategy = {
  id: "harrow-2023-26",
  title: "Community Safety Strategy 2023–26",
  area: "E09000015",
  period: {
    kind: "custom",
    first: "2023-04",
    last: "2026-03",
    label: "Apr 2023 – Mar 2026"
  },
  priorities: [
    {
      id: "vawg",
      title: "Violence against women and girls",
      kind: "other",
      offences: [
        "domestic abuse offences and incidents",
        "sexual offences including rape",
        "stalking and harassment",
        "FGM and harmful practices"
      ],
      indicators: [
        {
          id: "da-offences",
          name: "Domestic abuse offences",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "domestic-abuse"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        },
        {
          id: "sexual-offences",
          name: "Sexual offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "sexual-offences"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        },
        {
          id: "stalking-and-harassment",
          name: "Stalking and harassment",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "violence-against-the-person.stalking-and-harassment"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "acquisitive-crime",
      title: "Burglary, motor vehicle crime and robbery",
      kind: "other",
      offences: [
        "residential, business and community, and aggravated burglary",
        "theft of and from motor vehicles",
        "personal and business robbery"
      ],
      indicators: [
        {
          id: "burglary",
          name: "Burglary offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "burglary"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "motor-vehicle-crime",
          name: "Theft of and from motor vehicles",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "vehicle-offences.theft-or-unauth-taking-of-a-motor-veh",
                "vehicle-offences.theft-from-a-vehicle"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        },
        {
          id: "robbery",
          name: "Robbery offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "robbery"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "violent-incidents",
      title: "Violent incidents",
      kind: "other",
      offences: [
        "violence with injury (including non-DA VWI)",
        "knife crime",
        "serious youth violence"
      ],
      indicators: [
        {
          id: "violence-with-injury",
          name: "Violence with injury",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "violence-against-the-person.violence-with-injury"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "lower-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "drugs",
      title: "Drugs (offences and harm)",
      kind: "other",
      offences: [
        "possession",
        "trafficking and supply",
        "treatment engagement"
      ],
      indicators: [
        {
          id: "drug-offences",
          name: "Drug offences",
          measure: "count",
          numerator: {
            offences: {
              taxonomy: "mps",
              codes: [
                "drug-offences"
              ]
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "no-judgement",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "hate-crime",
      title: "Hate crime",
      kind: "other",
      offences: [
        "flagged offences by strand",
        "reporting",
        "victims supported"
      ],
      indicators: [
        {
          id: "hate-crime-reports",
          name: "Hate crime reporting",
          measure: "count",
          numerator: {
            offences: {
              flags: [
                "hate"
              ],
              description: "hate crime incidents reported"
            },
            unit: "offences"
          },
          denominator: null,
          polarity: "higher-is-better",
          decimals: 0
        }
      ],
      targets: []
    },
    {
      id: "perception",
      title: "Perception of crime",
      kind: "other",
      offences: [
        "survey confidence and perception"
      ],
      indicators: [
        {
          id: "perception",
          name: "Public perception of safety",
          measure: "proportion",
          numerator: {
            offences: {
              description: "survey respondents with a positive perception"
            },
            unit: "people"
          },
          denominator: null,
          multiplier: 100,
          polarity: "higher-is-better",
          decimals: 0
        }
      ],
      targets: []
    }
  ],
  mandatoryPriorities: [],
  source: "Committee minutes on the Community Safety Strategy 2023–26",
  notes: "The minutes name six priorities but no measures and do not label them high volume / high harm; the indicators here are a suggested mapping to offences, not the minutes'. ASB, modern slavery and extremism are no longer headline priorities. Drug offences rose 29% (attributed to proactive policing) and public perception fell to 45%, so drug counts carry no judgement. The period assumes financial years April 2023 to March 2026."
};
