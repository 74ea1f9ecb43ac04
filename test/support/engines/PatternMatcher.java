// Answers whether values satisfy a field's rule as java.util.regex reads the bundled pattern,
// plus the length bounds, counted in code points as JSON Schema counts them. Same line protocol
// as pattern_matcher.py. The arguments say how the pattern is applied, each form answered for
// every request: `matches` (the default, the whole value) or `find` (a search, in which `$`
// also matches before a final line terminator: \n, \r, \r\n, U+0085, U+2028 or U+2029).
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PatternMatcher {
  private record Rule(Pattern pattern, int minLength, int maxLength) {}

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    Base64.Decoder base64 = Base64.getDecoder();
    String[] forms = args.length > 0 ? args : new String[] {"matches"};
    boolean[] find = new boolean[forms.length];
    for (int i = 0; i < forms.length; i++) {
      find[i] = forms[i].equals("find");
      if (!find[i] && !forms[i].equals("matches")) throw new IllegalArgumentException("unknown form " + forms[i]);
    }
    StringBuilder answer = new StringBuilder();
    List<Rule> rules = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      String[] parts = line.split("\t");
      String pattern = new String(base64.decode(parts[0]), StandardCharsets.UTF_8);
      rules.add(new Rule(Pattern.compile(pattern), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    while ((line = in.readLine()) != null) {
      String[] parts = line.split("\t", -1);
      Rule rule = rules.get(Integer.parseInt(parts[0]));
      String value = new String(base64.decode(parts[1]), StandardCharsets.UTF_8);
      int length = value.codePointCount(0, value.length());
      boolean inBounds = length >= rule.minLength() && length <= rule.maxLength();
      answer.setLength(0);
      for (boolean search : find) answer.append(inBounds && matches(rule.pattern(), value, search) ? '1' : '0');
      out.println(answer);
      // Answer at once when nothing more is waiting, so a single question never stalls.
      if (!in.ready()) out.flush();
    }
    out.flush();
  }

  private static boolean matches(Pattern pattern, String value, boolean find) {
    Matcher matcher = pattern.matcher(value);
    return find ? matcher.find() : matcher.matches();
  }
}
