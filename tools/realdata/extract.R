# Extracts the market data of the three real-data sample workspaces from data sets that Debian ships.
#
#   apt-get install r-cran-fportfolio r-cran-fbasics r-cran-aer gretl-data
#   Rscript tools/realdata/extract.R
#
# Run from the repository root. It rewrites only the files named below (prices, and the industry series
# of the Swiss workspace); settings, coverage, forecasts, news and narrative are the analyst's own and
# are written by hand. Output is byte-identical on every run. CI machines need no R: the CSVs are committed.
#
# Sources (Debian 12 packages):
#   r-cran-fportfolio 3042.83.1-1+b1  data(SPISECTOR)   Swiss Performance Index and nine SPI sector indices, daily
#                                     data(SMALLCAP)    20 US small caps, MARKET, T90: monthly value relatives
#   r-cran-fbasics    4021.93-1       data(DowJones30)  daily closes of the 30 Dow Jones stocks (source: Yahoo)
#   r-cran-aer        1.2-10-1        data(DJIA8012)    Dow Jones Industrial Average, daily closes
#   gretl-data        2022c-1         misc/swisspharma.gdt  Swiss pharmaceutical exports and imports, quarterly (millions CHF)
#                                     (gzip-compressed XML), read from GRETL_DATA (default /usr/share/gretl/data).
suppressMessages({
  library(fBasics)
  library(fPortfolio)
  library(AER)
})

root <- "samples"
num <- function(x, digits) formatC(x, format = "f", digits = digits)

write_prices <- function(path, dates, code, close, digits) {
  keep <- !is.na(close)
  df <- data.frame(date = format(as.Date(dates[keep])), code = code[keep], close = num(close[keep], digits))
  df <- df[order(df$date, df$code, method = "radix"), ]
  dir.create(dirname(path), recursive = TRUE, showWarnings = FALSE)
  con <- file(path, open = "wb")
  writeLines("date,code,close", con, sep = "\n")
  writeLines(paste(df$date, df$code, df$close, sep = ","), con, sep = "\n")
  close(con)
}

long <- function(m, dates, codes) {
  list(dates = rep(dates, times = length(codes)),
       code = rep(codes, each = length(dates)),
       close = as.vector(m[, codes, drop = FALSE]))
}

# --- 1. Swiss healthcare, daily: SPI and the SPI sector indices ---------------------------------
spi <- as.matrix(SPISECTOR)
spi_dates <- rownames(spi)
l <- long(spi, spi_dates, colnames(spi))
write_prices(file.path(root, "swiss-healthcare-2008-08", "prices", "CH-1999-2008.csv"), l$dates, l$code, l$close, 2)

gretl <- Sys.getenv("GRETL_DATA", "/usr/share/gretl/data")
con <- gzfile(file.path(gretl, "misc", "swisspharma.gdt"))
gdt <- readLines(con, warn = FALSE, encoding = "UTF-8")
close(con)
vars <- regmatches(gdt, regexpr('<variable name="[^"]+"', gdt))
vars <- sub('<variable name="', "", sub('"$', "", vars))
obs <- gdt[grepl("<obs>", gdt, fixed = TRUE)]
obs <- trimws(sub("</obs>", "", sub(".*<obs>", "", obs)))
vals <- do.call(rbind, lapply(strsplit(obs, "[[:space:]]+"), function(v) suppressWarnings(as.numeric(v))))  # NA: missing
colnames(vals) <- vars
start <- regmatches(gdt, regexpr('startobs="[0-9]+:[0-9]"', gdt))
sy <- as.integer(sub('startobs="([0-9]+):.*', "\\1", start))
sq <- as.integer(sub('.*:([0-9])"', "\\1", start))
q <- (sq - 1) + seq_len(nrow(vals)) - 1
year <- sy + q %/% 4
quarter_end <- as.Date(sprintf("%d-%02d-01", year + (q %% 4 == 3), ((q %% 4 + 1) * 3) %% 12 + 1)) - 1
keep <- quarter_end <= as.Date("2008-06-30")  # published before the report date
series <- rbind(
  data.frame(date = format(quarter_end[keep]), series = "医药产品出口额", value = num(vals[keep, "exportsq"], 1), unit = "百万瑞士法郎"),
  data.frame(date = format(quarter_end[keep]), series = "医药产品进口额", value = num(vals[keep, "importsq"], 1), unit = "百万瑞士法郎"))
con <- file(file.path(root, "swiss-healthcare-2008-08", "series.csv"), open = "wb")
writeLines("date,series,value,unit", con, sep = "\n")
writeLines(paste(series$date, series$series, series$value, series$unit, sep = ","), con, sep = "\n")
close(con)

# --- 2. US small caps, monthly only: value relatives x 100 (1996-12-31 = 100) ------------------
sc <- as.matrix(SMALLCAP)
sc_codes <- setdiff(colnames(sc), "T90")
sc_dates <- c("1996-12-31", rownames(sc))
sc <- rbind(matrix(1, 1, ncol(sc), dimnames = list("1996-12-31", colnames(sc))), sc) * 100
l <- long(sc, sc_dates, sc_codes)
l$code <- ifelse(l$code == "MARKET", "MARKET", paste0(l$code, ".US"))
write_prices(file.path(root, "us-smallcap-2001-12", "prices", "US-monthly-1996-2001.csv"), l$dates, l$code, l$close, 6)

# --- 3. US industrials, daily: Dow Jones stocks and the Dow Jones Industrial Average ----------------
data("DJIA8012", package = "AER")
dj <- DowJones30
dj_dates <- as.character(dj[, 1])
dj_codes <- c("BA", "CAT", "GE", "HON", "MMM", "UTX")
l <- long(as.matrix(dj[, dj_codes]), dj_dates, dj_codes)
l$code <- paste0(l$code, ".US")
# DJIA8012 carries the previous close on market holidays; only the stocks' trading days are kept,
# so that the benchmark and the stocks share one calendar.
djia <- DJIA8012[as.character(index(DJIA8012)) %in% dj_dates]
write_prices(file.path(root, "us-industrials-2000-12", "prices", "US-1990-2001.csv"),
             c(l$dates, as.character(index(djia))), c(l$code, rep("DJI", length(djia))),
             c(l$close, as.vector(djia)), 2)
