import java.util.concurrent.SynchronousQueue;

/** sieve.go with JDK virtual threads and SynchronousQueues; the chain is left blocked at exit. */
public class Sieve {
    public static void main(String[] args) throws Exception {
        final int numPrimes = 2000;
        Thread m = Thread.ofVirtual().start(() -> {
            try {
                SynchronousQueue<Integer> ch = new SynchronousQueue<>();
                SynchronousQueue<Integer> gen = ch;
                Thread.ofVirtual().start(() -> {
                    try {
                        for (int i = 2; ; i++) gen.put(i);
                    } catch (InterruptedException e) {
                        // exit
                    }
                });
                long sum = 0;
                for (int i = 0; i < numPrimes; i++) {
                    int prime = ch.take();
                    sum += prime;
                    SynchronousQueue<Integer> in = ch;
                    SynchronousQueue<Integer> out = new SynchronousQueue<>();
                    Thread.ofVirtual().start(() -> {
                        try {
                            while (true) {
                                int v = in.take();
                                if (v % prime != 0) out.put(v);
                            }
                        } catch (InterruptedException e) {
                            // exit
                        }
                    });
                    ch = out;
                }
                System.err.println("primes " + numPrimes + " sum " + sum);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        m.join();
        System.exit(0);
    }
}
