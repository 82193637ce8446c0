export const mainHelp = `crimestats: Strategic Assessment figures for community-safety partnerships in England and Wales

Usage:
  crimestats <command> [options]

Commands:
  assess          write the Strategic Assessment (strategic-assessment.html, .md and .json; also
                  .pdf and .docx with --format)
  download        fetch the current London Datastore MPS crime files into a local folder (or,
                  with --archive, the data.police.uk archive of every force's street files)
  cube            count data.police.uk street files (a folder or the archive zip) by area,
                  month and offence into a Parquet file, for DuckDB, Polars, pandas or R
  template        write the template of one kind of the partnership's own data (a CSV with a
                  worked example row, its column definitions and its JSON Schema)
  check           check local-data files and list every problem with its line

Run "crimestats <command> --help" for the options of a command.
With no --data, "crimestats assess" runs on the embedded SYNTHETIC demonstration data.
`;

export const templateHelp = `Usage: crimestats template <kind> [--out <dir>]

Writes the template of one kind of the partnership's own data for "crimestats assess --local":
  <kind>.csv          the header row and one worked example row: replace the example with your rows
  <kind>.md           the column definitions: name, required, type, allowed values, meaning, example
  <kind>.schema.json  the JSON Schema of the same rows as JSON, {"kind": "<kind>", "rows": [ ... ]}
Nothing is overwritten: if any of the three files exists, none is written (exit status 1).

Kinds:
  incidents        counts of anti-social behaviour, domestic abuse, hate crime (by strand), knife
                   crime, gun crime, serious youth violence or any other measure, by area and
                   month (or months), with flags, victim age band and sex
  youth-justice    first-time entrants, reoffending cohorts and custodial sentences
  survey           survey results: question, area, period, agreeing or percentage, sample base
  service-volumes  service volumes (e.g. IDVA referrals, MARAC cases) with targets and polarity
  delivery-plan    the delivery plan's actions: priority, objective, action, lead, due date,
                   lifecycle, RAG, measures, progress

Options:
  --out <dir>   folder to write into (default: the current folder; created if needed)
  -h, --help    show this help

Exit status: 0 written; 1 a file is in the way or cannot be written; 2 no kind or an unknown one.
`;

export const checkHelp = `Usage: crimestats check <file>...

Reads each local-data file (CSV with a template's header, or JSON {"kind": "...", "rows": [ ... ]})
as "crimestats assess --local" would, and prints every problem as

  <file>:<line>: <column>: <message>

(the CSV header is line 1; in JSON, the line of the bad value): a file that is not a template, an
unknown or missing column, a bad value, a row with too many or too few fields, and a row that
repeats another (the same identifying fields, in the file or in an earlier file of the same kind).
A summary follows on standard error.

Options:
  -h, --help    show this help

Exit status: 0 every file is clean; 1 a file cannot be read; 2 no file given; 3 a file has a
problem.
`;

export const assessHelp = `Usage: crimestats assess [options]

Writes strategic-assessment.html (one self-contained file, no network requests),
strategic-assessment.md and strategic-assessment.json (and, with --format, the same document as
strategic-assessment.pdf and strategic-assessment.docx) for one area against its comparator
group and its benchmark area: a London borough against London when --data holds the MPS borough
files, or any local authority of England and Wales against its police force area when --data
holds data.police.uk street files (see "Any local authority" below).

Options:
  --data <dir>             folder with downloaded files, searched two folders deep: every "MPS Borough
                           Level Crime" CSV (the Historical file and the 24-month releases are joined
                           into one monthly series, the newest release winning each month; the months
                           each release supplied and the revisions between releases are listed),
                           optionally an "MPS Ward Level Crime" CSV, and ONS population estimates:
                           every mid-year estimates file by local authority (.xls, .xlsx, or the CSV
                           of "MYE2 - Persons"), each period using the estimate for its own year, or,
                           when there is none, ONS LSOA population CSVs (the year from the name, e.g.
                           "london-mid2020-pop.csv"); optionally boundary files and data.police.uk
                           street-level files for the maps (see --boundaries and --street-file).
                           Default: the embedded SYNTHETIC demonstration data (not real figures).
  --borough-file <file>    an MPS borough release to use (repeat for several; default: every one found
                           in --data)
  --ward-file <file>       the MPS ward file to use (default: found in --data, if any)
  --population-file <file> a population file to use (repeat for several years; default: found in
                           --data)
  --boundaries <file>      a GeoJSON or TopoJSON boundary file for the maps (repeat for several;
                           default: every .geojson and .topojson file in --data, and every .json file
                           whose top-level "type" is "FeatureCollection" or "Topology"). Each is told
                           apart by what its features name: the boroughs of the counts (the map of
                           the boroughs) or the wards of the ward file (the ward maps, filtered to
                           the focus borough's wards); a file naming neither is not used and a
                           warning says so
  --street-file <file>     a data.police.uk street-level crime CSV for the hotspot maps and anti-social
                           behaviour (repeat for several; default: every "*-street.csv" file in --data
                           that starts with the street-level header). Read row by row; the focus
                           borough's rows of the current period are drawn (by the district of the LSOA
                           name, "Harrow 012B"), anti-social behaviour is counted by district over the
                           current period and the 12 months before it, and a file named for a month
                           outside those 24 months ("2022-03-…-street.csv") is not read. Rejected rows
                           are listed in the reconciliation
  --local <dir>            the partnership's own data: every .csv and .json file in the folder (not its
                           subfolders) must be a local-data file (see "crimestats template" and
                           "crimestats check"): incident counts, youth justice, survey results,
                           service volumes, the delivery plan; files of one kind are joined. Each
                           kind supplied gets its own sections. If any file has a problem, nothing
                           is written: every problem is listed with its line (exit status 3).
                           Without --data, the embedded SYNTHETIC local data of every kind are used.
                           With street-level files (--data or --street-file) that hold "Anti-social
                           behaviour" rows, their counts by district and month make an anti-social
                           behaviour section unless --local gives anti-social behaviour counts
  --breaks <file>          your own recording breaks: a JSON list of RecordingBreak (@crimestats/schema),
                           added to the known breaks of the Metropolitan Police files (not applied to
                           the SYNTHETIC data) and to the breaks found in the counts; a figure a break
                           affects is "not comparable"
  --rag-rules <file>       RAG rules: a RuleSet JSON of @crimestats/rag whose rule ids are priority ids
                           (change or target rules). Without it no priority is rated (the embedded
                           demonstration data bring a rule file with one target)
  --area <name>            the focus area: a London borough, or a local authority as the LSOA names of
                           the street files spell it (default: Harrow)
  --neighbours <a,b,...>   the comparator group: areas the focus area is compared with, comma-separated
                           (default: the built-in group of the focus area, e.g. for Harrow Barnet,
                           Brent,Ealing,Hillingdon, the neighbours of its 2019 Strategy; otherwise,
                           with street files, the other districts of its force area; with the MPS
                           files, none). --comparators is the same option
  --benchmark <area>       with street files: force-area (default), the districts of the focus area's
                           police force area; or england-and-wales, every local authority, which needs
                           the street files of all 43 territorial forces (the data.police.uk archive)
  --to <YYYY-MM>           last month of the rolling year: any month with 23 months of counts before it
                           in the joined series (default: the last month in the data)
  --framework <file|id>    priorities: mps-major (default: one per MPS major category), or the JSON
                           file of a partnership's strategy (a Strategy of @crimestats/schema, or a
                           list of them), whose indicators that MPS categories measure become the
                           priorities, with their polarity; all offences always come first
  --strategy <id>          the strategy to use when the --framework file holds several
  --disclosure <preset>    policy of the ward tables and of every table and figure of the local sections:
                           suppress-1-4-round-5 (default), small-to-5-round-5 or redact-0-7-round-5
                           (@crimestats/disclosure), with secondary suppression and an audit of each
                           released table; or none: counts as recorded, only for figures already
                           published so (e.g. to check a published table). The document names the policy
  --format <list>          the documents to write, comma-separated: html, md, json, docx (Word), pdf
                           (default: html,md,json). pdf prints the HTML document with a Chromium or
                           Google Chrome already installed (see --browser); none is ever downloaded
  --out <dir>              output folder (default: ./out), checked before anything is computed. The
                           files are written to a hidden folder inside it and moved into place
                           together, so it never holds a part-written file or files of two runs. Runs
                           into the same folder move their files one at a time (the lock file
                           .crimestats-assess.lock names the process); a run still waiting after 10 s
                           stops with a message; a lock left by a process that no longer runs is
                           taken over
  --config <file>          a JSON file of branding: any of "title", "partnership", "logo" ({"file":
                           "logo.png", "alt": "Safer Harrow logo"}), "introduction" (a plain-text
                           file), "accentColour", "footer", "contact", "date"; file paths are relative
                           to the config file. A flag below overrides its field; an unknown field is
                           an error
  --title <text>           the document's title (default: "Strategic Assessment: <area>")
  --partnership <text>     the partnership publishing it, e.g. "Safer Harrow" (front matter)
  --logo <file>            the partnership's logo, a .png, .jpg or .svg file, embedded in the documents
  --logo-alt <text>        the logo's text alternative, e.g. "Safer Harrow logo" (needed with a logo)
  --introduction <file>    a plain-text introduction (paragraphs separated by a blank line)
  --accent <#rrggbb>       colour of headings and rules, at least 4.5:1 against white (default:
                           #1d4f91, dark blue)
  --footer <text>          printed at the foot of every PDF page and at the end of the document
  --contact <text>         how to reach the authors, e.g. community.safety@harrow.gov.uk
  --date <YYYY-MM-DD>      the date produced, printed as "7 December 2026" (default: today, UTC)
  --browser <path>         the Chromium or Google Chrome that prints the PDF (default: the one named
                           by CRIMESTATS_BROWSER, else /usr/bin/chromium, /usr/bin/chromium-browser,
                           /usr/bin/google-chrome, /usr/bin/google-chrome-stable; on Debian or
                           Ubuntu: sudo apt-get install chromium)
  --strict                 write nothing (exit status 3) when any input row or cell was rejected or
                           the data are incomplete (a borough or month without counts)
  --quiet                  no progress lines
  -h, --help               show this help

Any local authority (data.police.uk street files):
  When --data holds no MPS borough file but data.police.uk street files ("YYYY-MM-<force>-street.csv",
  flat or in monthly folders), or is (or holds) the data.police.uk archive zip, read in place, the
  counts come from the street files: crimes by the district of each LSOA name ("Allerdale 001A" is
  Allerdale) and by the data.police.uk crime categories; "Anti-social behaviour" rows are not
  recorded crime and make the anti-social behaviour section. Give ONS mid-year estimates by local
  authority (in the folder, or --population-file for an archive). The force area is the districts
  holding at least 1% of the force's crimes with a location and at least 5 of them a year per 1,000
  residents (the focus area: the rate alone); crimes the force recorded in other districts are
  counted in no area and listed in the notes. Districts abolished in 2023 (Cumbria, North Yorkshire, Somerset)
  are counted in their successor councils when the estimates used are on the new councils, and the
  notes say so. With fewer than 24 months up to --to, the document covers the last 12 months (or
  all, when fewer) without changes. An area under 20,000 residents gets a note that rates per
  1,000 residents overstate the risk to the people present. With --framework <file>, the
  strategy's indicators that select data.police.uk categories ({"taxonomy": "police-uk", "codes":
  [...]}) are the priorities. --ward-file, --boundaries and --street-file are for the MPS files.

Exit status: 0 written; 1 error (a file that cannot be read, no browser for the PDF, ...);
2 bad argument or branding (a flag, or a field of the --config file); 3 input rows or cells were
rejected or the data are incomplete: the documents are written with a reconciliation section
saying what (with --strict, nothing is written); a problem in a --local file always writes
nothing.
`;

export const downloadHelp = `Usage: crimestats download [options]

Fetches the current London Datastore "MPS Borough Level Crime" and "MPS Ward Level Crime"
files (most recent 24 months) over HTTPS into a local folder, for "crimestats assess --data".
Each file is checked before it replaces the copy in the folder: the whole file arrived, it is
not larger than --max-size, and it is an MPS CSV (MajorText, MinorText, area, YYYYMM columns,
every row complete), so an error page or a file cut short never replaces a good copy. If any
file fails, nothing in the folder is changed; the copy a new file replaces is kept as
"<file>.previous". Redirects are followed only to https:// addresses.

With --archive, fetches the data.police.uk archive instead: one zip of the street-level crime,
outcome and stop-and-search files of every police force of England, Wales and Northern Ireland,
the last 36 months (about 1.7 GB), written to disk as it arrives. It replaces the copy in the
folder only when the whole file arrived and it is a zip archive whose directory lists street
files ("YYYY-MM/YYYY-MM-<force>-street.csv"). Read it with "crimestats cube --data <zip>" or
"crimestats assess --data <zip>"; nothing needs unpacking.

Options:
  --archive         fetch the data.police.uk archive (default address
                    https://data.police.uk/data/archive/latest.zip; one month's archive is
                    https://data.police.uk/data/archive/YYYY-MM.zip)
  --url <address>   a file to fetch (repeat for several); default: the London Datastore files, or
                    with --archive the latest archive. The Datastore changes these addresses with
                    each release: copy the current ones from the "recorded_crime_summary" dataset
                    page when the defaults fail.
                    Only https:// (http:// only to 127.0.0.1 or localhost, for testing).
  --cache <dir>     folder to write to (default: ./crimestats-data)
  --timeout <s>     give up on a file after this many seconds (default: 120; 3600 with --archive)
  --max-size <MB>   refuse a file larger than this many megabytes (default: 100; 10000 with
                    --archive)
  --quiet           no progress lines
  -h, --help        show this help
`;

export const cubeHelp = `Usage: crimestats cube --data <folder or zip> [--out <file>] [--area lsoa|district|force]
                      [--by area,month,offence]

Counts the data.police.uk street-level crime files of a folder (flat or in monthly folders), of
the archive zip ("crimestats download --archive"; read in place, nothing unpacked) or one street
CSV into an area × month × offence cube and writes it as a Parquet file: one row per non-zero
cell, with the columns area, month ("YYYY-MM"), offence (the Crime type as published, including
"Anti-social behaviour", which is not recorded crime) and count. Every label, including those
whose counts are all zero, and the order of the labels are kept in the file's metadata, so
@crimestats/police-data's cubeFromParquet gives back the same cube. Rows without a location are
counted in the area "(unknown)". DuckDB reads the file as it is:
  SELECT area, SUM(count) FROM 'cube.parquet' GROUP BY area;

Options:
  --data <path>     a folder of street files, a data.police.uk archive zip or one street CSV
  --out <file>      the Parquet file to write (default: ./cube.parquet; replaced if it exists)
  --area <column>   what an area is: lsoa (the LSOA code, default), district (the local authority
                    district, from the LSOA name: "Allerdale 001A" is Allerdale) or force (the
                    "Falls within" force)
  --by <dims>       the dimensions kept, outermost first (default area,month,offence); those
                    left out are summed over, e.g. --by area,month
  --quiet           no progress lines
  -h, --help        show this help

Exit status: 0 written; 1 a file cannot be read or written (or is not a street file); 2 a
missing or bad option.
`;
