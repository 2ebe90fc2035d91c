package nl.alkmaar.wijkaanzet.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailSenderTest {

  @TempDir Path data;

  @Test
  void writesAMailThatAMailProgramCanRead() throws Exception {
    FileMailSender sender = new FileMailSender(data.resolve("mail"));
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-00000000000a", "zoe@example.org");

    sender.send(message);

    Path file = data.resolve("mail/6f1c2a9e-0000-4000-8000-00000000000a.eml");
    assertEquals(file, sender.fileOf(message.id()));
    MimeMessage mail;
    try (InputStream in = Files.newInputStream(file)) {
      mail = new MimeMessage(Session.getInstance(new Properties()), in);
    }
    assertEquals(message.subject(), mail.getSubject());
    assertEquals(message.textBody().replace("\n", "\r\n"), mail.getContent());
    assertEquals("zoe@example.org", mail.getAllRecipients()[0].toString());
    assertEquals("<6f1c2a9e-0000-4000-8000-00000000000a@wijkaanzet.invalid>", mail.getMessageID());
  }

  @Test
  void writingAgainReplacesTheSameFile() throws Exception {
    FileMailSender sender = new FileMailSender(data);
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-00000000000b", "zoe@example.org");

    sender.send(message);
    sender.send(message);

    try (Stream<Path> files = Files.list(data)) {
      assertEquals(List.of(sender.fileOf(message.id())), files.toList());
    }
  }

  @Test
  void logsOneLineWithoutTheAddress() throws Exception {
    FileMailSender sender = new FileMailSender(data);
    OutboxMessage message =
        TestMessages.confirmation("6f1c2a9e-0000-4000-8000-00000000000c", "zoe@example.org");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      sender.send(message);
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    String expected =
        "mail 6f1c2a9e-0000-4000-8000-00000000000c (bevestiging) written to "
            + sender.fileOf(message.id());
    assertEquals(expected, FileMailSender.logLine(message, sender.fileOf(message.id())));
    assertTrue(log.contains(expected), log);
    assertEquals(1, log.lines().count(), log);
    assertFalse(log.contains("zoe"), log);
    assertFalse(log.contains("@"), log);
  }
}
