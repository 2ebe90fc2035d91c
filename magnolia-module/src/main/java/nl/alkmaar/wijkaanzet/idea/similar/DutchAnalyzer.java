package nl.alkmaar.wijkaanzet.idea.similar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tartarus.snowball.ext.dutchStemmer;

/**
 * Turns Dutch text into comparable words: folded (lower case, no diacritics, so "café" and "cafe"
 * meet), split on anything that is not a letter or digit (so "kennemerstraatweg/nassaulaan",
 * "30km-zone" and "auto's" come apart), stop words dropped, and stemmed with the Snowball Dutch
 * stemmer after a diminutive is taken off (Snowball leaves "bankje" and "speeltuintje" alone).
 *
 * <p>Immutable and thread-safe: a Snowball stemmer keeps state, so each call makes its own.
 */
public final class DutchAnalyzer {

  private static final String STOP_WORDS = "/nl/alkmaar/wijkaanzet/idea/similar/stopwoorden.txt";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Letters and digits are words of their own, so "30km" and "km30" both give "30" and "km".
  private static final Pattern SEPARATORS =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
  private static final int MIN_DIMINUTIVE_BASE = 3;

  private final Set<String> stopWords;

  public DutchAnalyzer() {
    this.stopWords = readStopWords();
  }

  /** Lower case without diacritics or ligatures: "Één ĳsbaan" becomes "een ijsbaan". */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * The folded words of a text, in order, stop words included. Single letters are dropped: they are
   * what is left of "auto's" and "'s avonds".
   */
  public List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : SEPARATORS.split(fold(text))) {
      if (token.length() > 1 || (token.length() == 1 && Character.isDigit(token.charAt(0)))) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** The folded words that say what a text is about: {@link #tokens} without stop words. */
  public List<String> contentWords(String text) {
    return tokens(text).stream().filter(token -> !isStopWord(token)).toList();
  }

  /** The stems of the {@link #contentWords}. */
  public List<String> stems(String text) {
    return contentWords(text).stream().map(DutchAnalyzer::stem).toList();
  }

  public boolean isStopWord(String foldedWord) {
    return stopWords.contains(foldedWord);
  }

  /** The Snowball Dutch stem of a folded word, after dropping a diminutive; numbers stay. */
  public static String stem(String foldedWord) {
    if (!Character.isLetter(foldedWord.charAt(0))) {
      return foldedWord;
    }
    dutchStemmer stemmer = new dutchStemmer();
    stemmer.setCurrent(withoutDiminutive(foldedWord));
    stemmer.stem();
    return stemmer.getCurrent();
  }

  // Dutch makes diminutives with -je, -tje (after l, n, r, w: paaltje, tuintje) and -pje (after
  // m: boompje). Without a word list "plantje" and "kaartje" lose their own "t"; the character
  // n-grams of the engine still match those.
  static String withoutDiminutive(String word) {
    String base = stripSuffix(stripSuffix(word, "jes"), "je");
    if (base.length() == word.length() || base.length() < MIN_DIMINUTIVE_BASE) {
      return word;
    }
    int last = base.length() - 1;
    if (base.endsWith("mp")
        || (base.charAt(last) == 't' && "lnrw".indexOf(base.charAt(last - 1)) >= 0)) {
      return base.substring(0, last);
    }
    return base;
  }

  private static String stripSuffix(String word, String suffix) {
    return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : word;
  }

  private static Set<String> readStopWords() {
    try (InputStream in = DutchAnalyzer.class.getResourceAsStream(STOP_WORDS)) {
      if (in == null) {
        throw new IllegalStateException("stop word list missing: " + STOP_WORDS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(DutchAnalyzer::fold)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
