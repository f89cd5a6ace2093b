// Package d is in the module but imported by nobody: it must not be initialized.
package d

func init() {
	println("d.init")
}
