module constgen
go 1.19
