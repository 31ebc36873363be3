/**
 * kg's one seam to Apache Jena's non-public APIs: every use of a Jena class outside its documented API
 * (TDB2's {@code sys}, {@code store} and loader internals, DBOE, Jena SHACL's {@code engine} and
 * {@code validation} packages) and every reading of a Jena message's text lives here, and nowhere else in kg.
 * It sits below {@code dev.kg.store} and {@code dev.kg.shapes} and uses nothing of kg but {@code dev.kg.error}.
 * <p>
 * Checked against the Jena version in {@link dev.kg.jena.CheckedJena#VERSION}; JenaVersionTest fails when
 * the Jena on the class path differs. On an upgrade, re-check each use below (each also carries a comment
 * at its place naming the public API that would replace it), run the tests of this package, and
 * {@code kg build --loader plain}'s equivalence test (LoaderEquivalenceTest), which builds through public
 * APIs only and must still agree with the packed loader:
 * <ul>
 * <li>{@link dev.kg.jena.PackedLoad}: TDB2's node table and quad indexes ({@code TDBInternal},
 *     {@code NodeTupleTable}, {@code TupleIndexRecord}, {@code NodeIdFactory}), its B+ tree writer
 *     ({@code BPlusTreeRewriter}, {@code BPlusTree}, {@code RecordFactory}) and loader transactions
 *     ({@code CoLib}). Public replacement: {@code LoaderFactory}'s loaders, as {@code --loader plain} uses.</li>
 * <li>{@link dev.kg.jena.TdbStorage}: the data generations of a store ({@code DatabaseOps}), releasing a
 *     store's files ({@code TDBInternal.expel}), and the process that holds a store's lock (the text of
 *     {@code DBOpEnvException}), and the generation an open store reads ({@code TDBInternal}). Public
 *     replacement: none in Jena 6.2.0.</li>
 * <li>{@link dev.kg.jena.TdbLock}: a store folder's lock taken without opening the store
 *     ({@code DatabaseConnection.lockForLocation}, {@code ProcessFileLock}). Public replacement: none; the
 *     public {@code DatabaseMgr.connectDatasetGraph} takes it only while opening the store.</li>
 * <li>{@link dev.kg.jena.FocusedValidation}: validating chosen focus nodes ({@code ValidationContext},
 *     {@code VLib}) and reading a shape's targets ({@code Target}). Public replacement:
 *     {@code ShaclValidator.validate(Shapes, Graph)}, which chooses the focus nodes itself.</li>
 * <li>{@link dev.kg.jena.ShaclResult}: a validation report's entries ({@code ReportEntry}) and a SPARQL
 *     constraint's own message ({@code SparqlConstraint}). Public replacement: the report's RDF
 *     ({@code ValidationReport.getGraph()}), which names no SPARQL constraint either.</li>
 * <li>{@link dev.kg.jena.SparqlSyntaxError}: the offending token's line and column, read from the text of
 *     {@code QueryParseException}. Public replacement: {@code getLine()}/{@code getColumn()}, which name the
 *     token before it.</li>
 * </ul>
 */
package dev.kg.jena;
