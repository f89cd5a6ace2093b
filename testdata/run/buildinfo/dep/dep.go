package dep

// Name is read by the main package so that the module is part of the build.
func Name() string { return "dep" }
