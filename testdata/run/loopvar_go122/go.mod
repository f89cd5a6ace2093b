module example.com/loopvar

// Go 1.22 gives each loop iteration its own loop variables.
go 1.22
