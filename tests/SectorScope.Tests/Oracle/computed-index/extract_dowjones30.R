# Daily closes of eight Dow Jones stocks, 1999-2000, from the DowJones30 data set that Debian's r-cran-fbasics ships
# (fBasics: "Dow Jones 30 Stocks ... daily closing prices", 1990-12-31 to 2001-01-02). Real rows, not generated.
# To exercise a member that enters late, one that leaves early and one with a gap, three members' rows are cut at
# real dates (and nothing else is changed):
#   MSFT  rows before 1999-07-01 dropped (enters on its 1999-07-01 close)
#   T     rows after 2000-06-30 dropped (leaves after its 2000-06-30 close)
#   KO    rows from 2000-03-01 to 2000-03-10 dropped (a gap inside its life: its last close is carried)
# Run from this folder: Rscript extract_dowjones30.R   (writes closes.csv: date,ticker,close)
suppressMessages(library(fBasics))
data(DowJones30)
dates <- as.Date(as.character(DowJones30[[1]]))
tickers <- c("AA", "AXP", "T", "BA", "KO", "IBM", "MSFT", "WMT")
keep <- dates >= as.Date("1999-01-01") & dates <= as.Date("2000-12-31")
rows <- do.call(rbind, lapply(tickers, function(t) {
  d <- data.frame(date = dates[keep], ticker = t, close = DowJones30[[t]][keep])
  if (t == "MSFT") d <- d[d$date >= as.Date("1999-07-01"), ]
  if (t == "T") d <- d[d$date <= as.Date("2000-06-30"), ]
  if (t == "KO") d <- d[d$date < as.Date("2000-03-01") | d$date > as.Date("2000-03-10"), ]
  d
}))
rows <- rows[order(rows$date, rows$ticker), ]
rows$date <- format(rows$date, "%Y-%m-%d")
write.csv(rows, "closes.csv", row.names = FALSE, quote = FALSE)
