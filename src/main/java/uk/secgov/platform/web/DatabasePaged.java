package uk.secgov.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table model that asks the database for one page at a time: the count and the page come from
 * the feature's query, so a table never loads more rows than it shows.
 */
public class DatabasePaged<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows: first row (from 0) and page size. */
    @FunctionalInterface
    public interface PageQuery<T> {
        List<T> page(int first, int size);
    }

    private final transient LongSupplier count;
    private final transient PageQuery<T> page;
    private final transient Function<T, String> key;
    private final transient Function<String, T> lookup;

    public DatabasePaged(LongSupplier count, PageQuery<T> page, Function<T, String> key, Function<String, T> lookup) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.lookup = lookup;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return lookup.apply(rowKey);
    }
}
