package org.jixiao.template;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.directive.Define;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.Evaluate;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * What one form's template may spend, so an edited template that loops for ever, calls itself
 * or doubles a string forty times is that form's error at its line, not a hung or crashed run:
 * loop turns, {@code #evaluate} and {@code #define} depth, characters inserted and written.
 * Counted per thread for the form being rendered ({@link #start}, {@link #end}).
 */
final class Limits {
  /** Loop turns in one form: a form of 10,000 indicators takes some tens of thousands. */
  static final long MAX_LOOPS = 1_000_000;
  /** {@code #evaluate} inside {@code #evaluate}, and a {@code #define} block inside itself. */
  static final int MAX_DEPTH = 16;
  /** Characters one form's template may write or insert: far beyond any real form. */
  static final long MAX_CHARS = 32L * 1024 * 1024;

  private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();

  private Limits() {}

  /** What has been spent on the current form; where the outermost #evaluate or #define is. */
  static final class Budget {
    long loops;
    long chars;
    int evaluate;
    int define;
    Directive outer;
  }

  static void start() {
    BUDGET.set(new Budget());
  }

  static void end() {
    BUDGET.remove();
  }

  private static Budget budget() {
    Budget b = BUDGET.get();
    if (b == null) {
      b = new Budget();
      BUDGET.set(b);
    }
    return b;
  }

  /** A limit passed, at the template line of the directive that passed it. */
  static final class Exceeded extends VelocityException {
    private static final long serialVersionUID = 1L;
    final String template;
    final int line;
    final int column;
    final String hint;

    Exceeded(String message, String hint, String template, int line, int column) {
      super(message);
      this.template = template;
      this.line = line;
      this.column = column;
      this.hint = hint;
    }

    static Exceeded at(Directive d, String message, String hint) {
      return new Exceeded(message, hint, d == null ? null : d.getTemplateName(),
          d == null ? 0 : d.getLine(), d == null ? 0 : d.getColumn());
    }
  }

  /** Counts {@code n} characters inserted or written; the template line is not known here. */
  static void chars(long n) {
    Budget b = budget();
    b.chars += n;
    if (b.chars > MAX_CHARS) {
      throw Exceeded.at(b.outer, "模板生成的内容过大：超过 " + MAX_CHARS / 1024 / 1024
          + " M 个字符", "检查模板中反复拼接字符串的 #set（例如 #set($s = \"$s$s\")）或过大的循环");
    }
  }

  /** {@code #foreach} whose turns count against the form's budget. */
  public static final class BoundedForeach extends Foreach {
    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node)
        throws IOException {
      if (++budget().loops > MAX_LOOPS) {
        throw Exceeded.at(this, "循环次数过多：一张表的模板最多循环 " + MAX_LOOPS + " 次",
            "检查这个 #foreach 的范围（例如 [1..1000000000]）");
      }
      super.renderBlock(context, writer, node);
    }
  }

  /** {@code #evaluate} that may not nest deeper than {@link #MAX_DEPTH}. */
  public static final class BoundedEvaluate extends Evaluate {
    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node)
        throws IOException {
      Budget b = budget();
      if (b.evaluate == 0 && b.define == 0) {
        b.outer = this;
      }
      if (++b.evaluate > MAX_DEPTH) {
        throw Exceeded.at(b.outer, "#evaluate 嵌套超过 " + MAX_DEPTH + " 层：它求值的文字又调用了它自己",
            "不要让 #evaluate 求值含有 #evaluate 的变量");
      }
      try {
        return super.render(context, writer, node);
      } finally {
        b.evaluate--;
      }
    }
  }

  /** {@code #define} whose block may not render itself deeper than {@link #MAX_DEPTH}. */
  public static final class BoundedDefine extends Define {
    @Override
    public boolean render(InternalContextAdapter context, Writer writer) {
      Budget b = budget();
      if (b.evaluate == 0 && b.define == 0) {
        b.outer = this;
      }
      if (++b.define > MAX_DEPTH) {
        b.define--;
        throw Exceeded.at(this, "#define 的块引用了它自己：展开永无止境",
            "#define($x) 的块里不要再用 $x");
      }
      try {
        return super.render(context, writer);
      } finally {
        b.define--;
      }
    }
  }

  /** The form's output, counted against {@link #MAX_CHARS}. */
  static final class CountingWriter extends Writer {
    private final Writer out;

    CountingWriter(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      chars(len);
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      chars(len);
      out.write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
