package gojc.rt.sched;

/** A runtime timer on a P's heap. fire() runs on whichever M checks the heap: it must not block. */
abstract class Timer {
    long when;
    int index = -1;

    abstract void fire();

    /** The timer of time.Sleep: readies its goroutine. */
    static final class Wake extends Timer {
        final G g;

        Wake(G g) {
            this.g = g;
        }

        @Override
        void fire() {
            Sched.ready(g);
        }
    }
}
