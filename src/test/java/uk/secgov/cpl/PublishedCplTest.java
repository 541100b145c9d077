package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The whole published CPL for export: every entry once, in CPL Entry ID order, a keyset page at a time. */
class PublishedCplTest {

    private static CplEntry entry(long id) {
        return new CplEntry(DeviceModel.onTheCpl(id, null, Instant.EPOCH), new HashAssociation());
    }

    @Test
    void theExportWalksEveryEntryOnceInIdOrderAcrossPagesEvenWithGapsInTheIds() {
        // 2,500 entries with gaps (ids 3, 6, 9, ...), so pages of 1,000 end and start on ids a page offset would miss.
        List<CplEntry> all = LongStream.rangeClosed(1, PublishedCpl.EXPORT_PAGE * 2L + 500).map(i -> i * 3)
                .mapToObj(PublishedCplTest::entry).toList();
        AtomicInteger queries = new AtomicInteger();
        PublishedCpl cpl = new PublishedCpl();
        cpl.register = (CplRegister) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CplRegister.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("entriesAfter")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    queries.incrementAndGet();
                    long after = (Long) args[0];
                    int size = (Integer) args[1];
                    return all.stream().filter(e -> e.model().id() > after).limit(size).toList();
                });
        List<Long> seen = new ArrayList<>();
        cpl.forEachEntry(e -> seen.add(e.model().id()));
        assertThat(seen).containsExactlyElementsOf(all.stream().map(e -> e.model().id()).toList());
        assertThat(queries.get()).isEqualTo(3);
    }
}
