// nbody (println-only port of shared/bench/nbody for issue 5: no fmt): float64-heavy N-body simulation of a small planetary system.
// Measures: float64 arithmetic, math.Sqrt, struct field access in tight loops.
package main

import (
	"math"
)

const steps = 20000000

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

func initialSystem() []body {
	bodies := []body{
		// a heavy central star
		{0, 0, 0, 0, 0, 0, solarMass},
		// four planets with made-up but plausible orbits
		{4.84, -1.16, -0.10, 1.66e-3 * daysPerYear, 7.70e-3 * daysPerYear, -6.90e-5 * daysPerYear, 9.54e-4 * solarMass},
		{8.34, 4.12, -0.40, -2.77e-3 * daysPerYear, 4.99e-3 * daysPerYear, 2.30e-5 * daysPerYear, 2.86e-4 * solarMass},
		{12.89, -15.11, -0.22, 2.96e-3 * daysPerYear, 2.37e-3 * daysPerYear, -2.96e-5 * daysPerYear, 4.36e-5 * solarMass},
		{15.38, -25.92, 0.18, 2.68e-3 * daysPerYear, 1.63e-3 * daysPerYear, -9.51e-5 * daysPerYear, 5.15e-5 * solarMass},
	}
	// zero the total momentum by adjusting the star's velocity
	var px, py, pz float64
	for _, b := range bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
	return bodies
}

func energy(bodies []body) float64 {
	e := 0.0
	for i := range bodies {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			c := &bodies[j]
			dx := b.x - c.x
			dy := b.y - c.y
			dz := b.z - c.z
			e -= b.mass * c.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []body, dt float64) {
	n := len(bodies)
	for i := 0; i < n; i++ {
		b := &bodies[i]
		for j := i + 1; j < n; j++ {
			c := &bodies[j]
			dx := b.x - c.x
			dy := b.y - c.y
			dz := b.z - c.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			b.vx -= dx * c.mass * mag
			b.vy -= dy * c.mass * mag
			b.vz -= dz * c.mass * mag
			c.vx += dx * b.mass * mag
			c.vy += dy * b.mass * mag
			c.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bodies := initialSystem()
	println(int64(energy(bodies) * 1e9)) // println port of Printf("%.9f")
	for i := 0; i < steps; i++ {
		advance(bodies, 0.01)
	}
	println(int64(energy(bodies) * 1e9)) // println port of Printf("%.9f")
}
