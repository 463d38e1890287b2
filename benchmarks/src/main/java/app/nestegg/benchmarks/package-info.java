/** JMH benchmarks for the performance targets of the product brief. */
package app.nestegg.benchmarks;
