package main

import (
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "from", "a child").Output()
	println(strings.TrimSpace(string(out)), err == nil)
	cmd := exec.Command("sh", "-c", "cat; echo err >&2; exit 3")
	cmd.Stdin = strings.NewReader("piped input\n")
	cmd.Stdout = os.Stdout
	err = cmd.Run()
	ee, ok := err.(*exec.ExitError)
	println(ok, ee.ExitCode(), err.Error())
	_, err = exec.LookPath("surely-no-such-command")
	println(err.Error())
}
