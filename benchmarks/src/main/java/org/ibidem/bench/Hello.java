package org.ibidem.bench;

/**
 * The JVM's floor for the start-up comparison: a program that prints one line and exits.
 *
 * <pre>
 * java -cp benchmarks/target/classes org.ibidem.bench.Hello
 * </pre>
 */
public final class Hello {

    private Hello() {
    }

    /** Prints a line. */
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
