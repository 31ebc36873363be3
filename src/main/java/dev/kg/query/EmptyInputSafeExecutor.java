package dev.kg.query;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, except that a pattern whose input has no rows is not planned at all. TDB2 in Jena
 * 6.0.0 plans a pattern of two or more triples from its first input row, and fails with an internal error
 * ("Peek iterator is already empty") when there is none, as when an earlier part of the query matched
 * nothing: {@code kg query planned-spending --param org=scale-ai} did. Later Jena releases test the input
 * first, as this does (apache/jena issue 3751).
 */
final class EmptyInputSafeExecutor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = EmptyInputSafeExecutor::new;

    private EmptyInputSafeExecutor(ExecutionContext context) {
        super(context);
    }

    @Override
    protected QueryIterator execute(OpBGP pattern, QueryIterator input) {
        return input.hasNext() ? super.execute(pattern, input) : input;
    }

    @Override
    protected QueryIterator execute(OpQuadPattern pattern, QueryIterator input) {
        return input.hasNext() ? super.execute(pattern, input) : input;
    }

    @Override
    protected QueryIterator execute(OpFilter filter, QueryIterator input) {
        return input.hasNext() ? super.execute(filter, input) : input;
    }
}
