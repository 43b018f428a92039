package org.napijvm.conformance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.binding.Binding;
import org.napijvm.node.binding.Bindings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * docs/bindings.md is generated (BindingsTable): the default run checks every column but "exercised by" against the
 * code (the committed "exercised by" cells are kept); {@code ./run-tests --update-coverage} records the binding calls
 * of the whole run ({@code -Dnapi.recordBindings}) and a second surefire execution (conformance-tests/pom.xml,
 * {@code -Dnapi.bindingsTable=write}) regenerates the file from them once every other test has run.
 */
class BindingsTableTest {
    static final Path DOC = Oracles.REPO.resolve("docs/bindings.md");
    static BindingsTable.Inventory inv;

    @BeforeAll
    static void assemble() {
        inv = BindingsTable.inventory();
    }

    @Test
    void implementedColumnAgreesWithTheBindingClasses() {
        // known: OsBinding declares getHostname; napi-jvm's crypto has no ECDH (a stub) and there is no fs.watch (FSEvent)
        assertEquals("java:OsBinding", inv.get("os", "getHostname").state());
        assertEquals("OsBinding", BindingsTable.implementedCell(inv.get("os", "getHostname")));
        assertEquals("stub", inv.get("crypto", "ECDHConvertKey").state());
        assertEquals("**no**", BindingsTable.implementedCell(inv.get("crypto", "ECDHConvertKey")));
        assertEquals("stub", inv.get("fs_event_wrap", "FSEvent").state());
        assertEquals("stub", inv.get("fs_event_wrap", "FSEvent.prototype.start").state());
        // every binding of node 25.8.1's build was assembled; quic is not in that build
        assertEquals(Map.of("quic", "No such binding: quic"), inv.failed());
        for (String name : BindingsTable.bindingNames()) {
            if (!inv.failed().containsKey(name)) assertFalse(inv.bindings().getOrDefault(name, Map.of()).isEmpty(), name);
        }
        // each function a Java binding class declares that Node's shape has is in the object: from that class, or the
        // binding's JS half over it; a key said to come from a class is declared by it
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(InProcess.engine()).stdout(sink).stderr(sink).build()) {
            int checked = 0;
            for (String name : Bindings.names()) {
                Binding java = env.binding(name);
                String cls = java.getClass().getSimpleName();
                List<String> declared = java.functionNames();
                for (String f : declared) {
                    BindingsTable.Entry e = inv.get(name, f);
                    if (e == null) continue; // napi-jvm's own (registerScriptRunner, ...): not in Node's shape
                    checked++;
                    assertTrue(e.state().equals("java:" + cls) || e.state().equals("js:binding/" + name + ".js+java:" + cls),
                            name + "." + f + " is declared by " + cls + " but the table says " + e.state());
                }
                for (BindingsTable.Entry e : inv.bindings().get(name).values()) {
                    if (e.state().contains("java:")) assertTrue(declared.contains(e.key()), e + " not declared by " + cls);
                    if (e.state().equals("stub")) assertFalse(declared.contains(e.key()), e + " is a stub but " + cls + " declares it");
                }
            }
            assertTrue(checked >= 50, "functions of Java binding classes checked: " + checked);
        }
        // a binding with no Java class is only JS, stubs or absent
        for (String name : inv.bindings().keySet()) {
            if (Bindings.names().contains(name)) continue;
            for (BindingsTable.Entry e : inv.bindings().get(name).values()) assertFalse(e.state().contains("java:"), e.toString());
        }
    }

    @Test
    void committedTableMatchesTheCode() throws IOException {
        String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
        String fresh;
        if ("write".equals(System.getProperty("napi.bindingsTable"))) {
            String dir = System.getProperty("napi.recordBindings");
            assertNotNull(dir, "-Dnapi.bindingsTable=write needs the recorded run's -Dnapi.recordBindings");
            var recorded = BindingsTable.recordedCalls(Path.of(dir));
            assertFalse(recorded.isEmpty(), "no binding calls were recorded in " + dir);
            fresh = BindingsTable.render(inv, BindingsTable.exercisedCells(recorded, BindingsTable.startUpCalls()));
            Files.writeString(DOC, fresh);
            committed = fresh;
        } else {
            // the recorded run's own execution (after this one) writes the table
            assumeFalse(Boolean.getBoolean("napi.updateCoverage"), "docs/bindings.md is regenerated by the bindings-table execution");
            fresh = BindingsTable.render(inv, BindingsTable.committedExercised(committed));
        }
        if (!fresh.equals(committed)) Files.writeString(Oracles.REPO.resolve("conformance-tests/target/bindings.md"), fresh);
        assertEquals(fresh, committed, "docs/bindings.md is stale (the code's: conformance-tests/target/bindings.md): run ./run-tests --update-coverage and commit it");
    }
}
