// gojc: CPUID and XGETBV are amd64 instructions (cpu_x86.s) that a JVM program cannot issue.
// They report no leaf and no feature here, so golang.org/x/crypto takes its portable code.

//go:build (386 || amd64 || amd64p32) && gc

package cpu

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32) {
	return 0, 0, 0, 0
}

func xgetbv() (eax, edx uint32) {
	return 0, 0
}
