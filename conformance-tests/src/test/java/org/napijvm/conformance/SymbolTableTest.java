package org.napijvm.conformance;

import org.junit.jupiter.api.Test;
import org.napijvm.loader.NapiSymbols;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The symbol table is Node 25.8.1's whole surface, and the trampoline library exports every symbol of it. */
class SymbolTableTest {
    @Test
    void tableHasAll160FunctionsOfTheHeaders() {
        assertEquals(160, NapiSymbols.ALL.size());
        assertEquals(160, NapiSymbols.ALL.stream().map(NapiSymbols.Symbol::name).distinct().count());
    }

    @Test
    void libraryExportsEverySymbol() {
        Path so = Oracles.REPO.resolve("native-loader/target/classes/org/napijvm/loader/native/linux-x86_64/libnapijvm.so");
        Oracles.Result nm = Oracles.run(List.of("nm", "-D", "--defined-only", so.toString()), Oracles.REPO, Map.of());
        assertEquals(0, nm.exit(), nm.err());
        Set<String> exported = nm.out().lines().map(l -> l.substring(l.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) if (!exported.contains(s.name())) missing.add(s.name());
        assertTrue(missing.isEmpty(), "not exported: " + missing);
    }
}
