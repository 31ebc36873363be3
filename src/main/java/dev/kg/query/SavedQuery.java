package dev.kg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A SPARQL query kept in a file, with the header that documents it:
 * <pre>
 * # title: Who invests in whom
 * # description: Every investment claim, with amount and source.
 * # param: company entity The investee (all companies when omitted)
 * # param: model entity default=defense-llama The model
 * # param: id entity required The entity
 * # param: role concept:Roles required A role, by any of its names
 * </pre>
 */
public record SavedQuery(String name, Path file, String title, String description, List<Param> params, String text) {

    /**
     * A declared parameter: bound to the variable of the same name; {@code defaultValue} may be null, and
     * {@code scheme} is the concept scheme of a concept parameter ({@code concept:Roles}), else null.
     */
    public record Param(String name, ParamType type, String scheme, boolean required, String defaultValue, String description) {
    }

    public SavedQuery {
        params = List.copyOf(params);
    }

    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
