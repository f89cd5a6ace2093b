import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** spawn.go with JDK virtual threads: 1,000,000 threads each putting one value in a bounded queue. */
public class Spawn {
    public static void main(String[] args) throws Exception {
        final int n = 1000000;
        BlockingQueue<Integer> done = new ArrayBlockingQueue<>(1024);
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < n; i++) {
                final int id = i;
                Thread.ofVirtual().start(() -> {
                    try {
                        done.put(id & 1);
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                });
            }
        });
        long odd = 0;
        for (int i = 0; i < n; i++) odd += done.take();
        System.err.println("goroutines " + n + " odd " + odd);
    }
}
