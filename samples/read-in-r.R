# Reads the BelarusForces exports in R and prints the three headline answers.
#
#   belarus-forces export --format sqlite --out belarus-forces-data
#   belarus-forces export --format csv --out belarus-forces-csv
#   Rscript samples/read-in-r.R belarus-forces-data/belarus-forces.sqlite belarus-forces-csv
#
# Needs DBI and RSQLite (Debian: apt-get install r-base-core r-cran-dbi r-cran-rsqlite).
# The CSVs write a missing value as an empty field, so read them with na.strings = "": R's default also takes the text
# "NA" (Namibia's country code) for a missing value. Flags are written true/false, which read.csv leaves as text, so
# name the flag columns in colClasses (docs/TABLES.md lists them, with type boolean).

library(DBI)

args <- commandArgs(trailingOnly = TRUE)
sqlite_file <- if (length(args) >= 1) args[1] else "belarus-forces-data/belarus-forces.sqlite"
csv_folder <- if (length(args) >= 2) args[2] else "belarus-forces-csv"

db <- dbConnect(RSQLite::SQLite(), sqlite_file, flags = RSQLite::SQLITE_RO)
version <- dbGetQuery(db, "SELECT value FROM metadata WHERE key = 'version'")$value
cat("BelarusForces", version, "\n\n")

# 1. Procurements by supplier country (planned, contracted, delayed and delivered deals alike; the status column tells them apart)
by_supplier <- dbGetQuery(db, "SELECT COALESCE(supplier_name, 'unstated') AS supplier, procurements FROM procurements_by_supplier")
cat("Procurements by supplier\n")
for (i in seq_len(nrow(by_supplier))) cat(sprintf("  %s: %d\n", by_supplier$supplier[i], by_supplier$procurements[i]))

# 2. The Special Operations Forces' equipment
sof <- dbGetQuery(db, "SELECT equipment_name, origin_name, since_earliest FROM sof_equipment")
cat("\nSpecial Operations Forces equipment\n")
for (i in seq_len(nrow(sof))) cat(sprintf("  %s (%s) since %s\n", sof$equipment_name[i], ifelse(is.na(sof$origin_name[i]), "origin unstated", sof$origin_name[i]), sof$since_earliest[i]))

# 3. The pilots' annual flight hours: bounds, never midpoints
hours <- dbGetQuery(db, "SELECT period, value, value_low, value_high FROM pilot_flight_hours WHERE is_belarus")
cat("\nBelarusian pilots' annual flight hours\n")
for (i in seq_len(nrow(hours))) cat(sprintf("  %s: %s hours (low %s, high %s)\n", hours$period[i], hours$value[i], hours$value_low[i], hours$value_high[i]))
dbDisconnect(db)

# The same tables from the CSVs: missing values are empty fields, and nothing else.
countries <- read.csv(file.path(csv_folder, "countries.csv"), na.strings = "", encoding = "UTF-8")
equipment <- read.csv(file.path(csv_folder, "equipment.csv"), na.strings = "", encoding = "UTF-8",
                      colClasses = c(soviet_inherited = "logical"))
cat("\nFrom the CSVs\n")
cat(sprintf("  country NA: %s\n", countries$name[which(countries$code == "NA")]))
cat(sprintf("  equipment$soviet_inherited is %s: %d true, %d false, %d unstated\n", class(equipment$soviet_inherited),
            sum(equipment$soviet_inherited, na.rm = TRUE), sum(!equipment$soviet_inherited, na.rm = TRUE), sum(is.na(equipment$soviet_inherited))))
