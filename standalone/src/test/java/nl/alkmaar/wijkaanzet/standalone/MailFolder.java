package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The mails a standalone host without SMTP wrote to {@code <data>/mail}, read as a mail program
 * reads them. Only finished {@code .eml} files count: the sender writes a {@code .part} file first
 * and renames it, and reading that half-written file made a test fail at random.
 */
final class MailFolder {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Path folder;

  MailFolder(Path data) {
    this.folder = data.resolve("mail");
  }

  /** Every finished mail with this one recipient. */
  List<MimeMessage> to(String address) throws IOException, MessagingException {
    return matching(mail -> isOnlyTo(mail, address));
  }

  /** Polls up to ten seconds until {@code count} mails to {@code address} have such a subject. */
  List<MimeMessage> await(String address, String subjectStart, int count) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<MimeMessage> found =
          matching(mail -> isOnlyTo(mail, address) && subject(mail).startsWith(subjectStart));
      if (found.size() >= count || System.nanoTime() > deadline) {
        assertEquals(count, found.size(), "mails to " + address + " starting " + subjectStart);
        return found;
      }
      Thread.sleep(25);
    }
  }

  /** The whole text (headers and body) of the first finished mail containing {@code text}. */
  String awaitContaining(String text) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (Path file : finishedFiles()) {
        String mail = Files.readString(file, StandardCharsets.UTF_8);
        if (mail.contains(text)) {
          return mail;
        }
      }
      Thread.sleep(25);
    }
    throw new AssertionError("no mail in " + folder + " containing " + text);
  }

  private List<MimeMessage> matching(Predicate<MimeMessage> wanted)
      throws IOException, MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (Path file : finishedFiles()) {
      try (InputStream in = Files.newInputStream(file)) {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
        if (wanted.test(mail)) {
          found.add(mail);
        }
      }
    }
    return found;
  }

  private List<Path> finishedFiles() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(file -> file.getFileName().toString().endsWith(".eml")).toList();
    }
  }

  private static boolean isOnlyTo(MimeMessage mail, String address) {
    try {
      Object[] to = mail.getRecipients(Message.RecipientType.TO);
      return to != null && to.length == 1 && to[0].toString().equals(address);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      String subject = mail.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
