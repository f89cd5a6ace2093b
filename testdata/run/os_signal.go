package main

// os/signal: signals the process sends itself reach the channels given to Notify; Stop and
// Ignore end the delivery; NotifyContext cancels its context.

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP, os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	fmt.Println("got", <-c)
	p, _ := os.FindProcess(os.Getpid())
	p.Signal(os.Interrupt)
	fmt.Println("got", <-c)

	signal.Ignore(syscall.SIGHUP)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGHUP))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no SIGHUP after Ignore")
	}

	signal.Stop(c)
	w := make(chan os.Signal, 1)
	signal.Notify(w, syscall.SIGWINCH)
	syscall.Kill(os.Getpid(), syscall.SIGWINCH)
	fmt.Println("got", <-w)
	select {
	case s := <-c:
		fmt.Println("unexpected after Stop", s)
	default:
		fmt.Println("nothing on the stopped channel")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	<-ctx.Done()
	fmt.Println("context:", ctx.Err())
}
