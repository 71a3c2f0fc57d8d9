package dev.tolk.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {
  @TempDir Path folder;

  @Test
  void aProjectTooLargeForTheHeapIsRefusedBeforeItIsReadWithWhatToDo() throws IOException {
    Path source = folder.resolve("en.json");
    Files.write(source, new byte[3 << 20]); // 3 MB: about 36 MB to plan
    InputException error =
        assertThrows(
            InputException.class,
            () -> MemoryBudget.check(List.of(source, folder.resolve("fr.json")), 32L << 20));
    assertTrue(error.getMessage().contains("total 3 MB"), error.getMessage());
    assertTrue(error.getMessage().contains("tolk may use 32 MB"), error.getMessage());
    assertTrue(error.getMessage().contains("TOLK_JAVA_OPTS=-Xmx256m"), error.getMessage());
    assertDoesNotThrow(() -> MemoryBudget.check(List.of(source), 64L << 20));
  }

  @Test
  void theAdviceAfterRunningOutNamesALargerHeap() {
    assertTrue(MemoryBudget.advice(248L << 20).contains("-Xmx512m"));
  }
}
