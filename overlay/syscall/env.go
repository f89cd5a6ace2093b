// gojc overlay: the process environment (gc's env_unix.go keeps it in Go over the runtime's
// envp). Here the natives' copy of the JVM's environment is read once; Setenv and Unsetenv
// change this copy, as in gc they change only the Go program's view.

package syscall

import "sync"

var (
	envOnce sync.Once
	envLock sync.RWMutex
	env     map[string]int // key to index in envs
	envList []string       // "key=value" or "" for a removed entry
)

func copyenv() {
	envList = envs()
	env = make(map[string]int)
	for i, s := range envList {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := env[key]; !ok {
					env[key] = i // first mention wins, as in gc
				} else {
					envList[i] = ""
				}
				break
			}
		}
	}
}

func Getenv(key string) (value string, found bool) {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return "", false
	}
	envLock.RLock()
	defer envLock.RUnlock()
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envList[i]
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[j+1:], true
		}
	}
	return "", false
}

func Setenv(key, value string) error {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	envLock.Lock()
	defer envLock.Unlock()
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envList[i] = kv
	} else {
		env[key] = len(envList)
		envList = append(envList, kv)
	}
	return nil
}

func Unsetenv(key string) error {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	if i, ok := env[key]; ok {
		envList[i] = ""
		delete(env, key)
	}
	return nil
}

func Clearenv() {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	env = make(map[string]int)
	envList = []string{}
}

func Environ() []string {
	envOnce.Do(copyenv)
	envLock.RLock()
	defer envLock.RUnlock()
	a := make([]string, 0, len(envList))
	for _, s := range envList {
		if s != "" {
			a = append(a, s)
		}
	}
	return a
}
