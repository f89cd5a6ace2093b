package gojc.types;

import java.util.ArrayList;
import java.util.List;

/** Instantiation of generic types, memoized so identical instances share one Named. */
final class Instances {
    private Instances() {}

    static Named instantiate(Named orig, List<Type> args) {
        synchronized (orig) {
            if (orig.instances == null) orig.instances = new ArrayList<>();
            for (Named n : orig.instances) {
                boolean same = true;
                for (int i = 0; i < args.size() && same; i++) {
                    same = Types.identical(n.typeArgs.get(i), args.get(i));
                }
                if (same) return n;
            }
            Named n = new Named(orig, List.copyOf(args));
            orig.instances.add(n);
            return n;
        }
    }
}
