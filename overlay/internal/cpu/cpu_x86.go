// gojc overlay: replaces GOROOT's cpu_x86.go, whose cpuid/xgetbv are amd64 assembly. The JVM
// runs no CPU-specific code of Go's, so gojc reports an x86-64 baseline CPU without optional
// features (GOAMD64=v1): std then takes its portable Go paths everywhere.

//go:build 386 || amd64

package cpu

const CacheLinePadSize = 64

func doinit() {
	// GODEBUG=cpu.X=off still names the known options; turning one off changes nothing.
	options = []option{
		{Name: "adx", Feature: &X86.HasADX},
		{Name: "aes", Feature: &X86.HasAES},
		{Name: "erms", Feature: &X86.HasERMS},
		{Name: "pclmulqdq", Feature: &X86.HasPCLMULQDQ},
		{Name: "rdtscp", Feature: &X86.HasRDTSCP},
		{Name: "popcnt", Feature: &X86.HasPOPCNT},
		{Name: "sse3", Feature: &X86.HasSSE3},
		{Name: "sse41", Feature: &X86.HasSSE41},
		{Name: "sse42", Feature: &X86.HasSSE42},
		{Name: "ssse3", Feature: &X86.HasSSSE3},
		{Name: "avx", Feature: &X86.HasAVX},
		{Name: "avx2", Feature: &X86.HasAVX2},
		{Name: "bmi1", Feature: &X86.HasBMI1},
		{Name: "bmi2", Feature: &X86.HasBMI2},
		{Name: "fma", Feature: &X86.HasFMA},
	}
}

// Name returns the CPU name given by the vendor: unknown on the JVM.
func Name() string {
	return ""
}
