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
 * loop turns, {@code #evaluate} and {@code #define} depth, characters inserted and written, the
 * size of a list or text a method call makes, and time. Counted per thread for the form being
 * rendered ({@link #start}, {@link #end}); the time is checked wherever the template reads a
 * value, calls a method or a macro, turns a loop or writes, so no template escapes it.
 */
final class Limits {
  /** Loop turns in one form: a form of 10,000 indicators takes some tens of thousands. */
  static final long MAX_LOOPS = 1_000_000;
  /** {@code #evaluate} inside {@code #evaluate}, and a {@code #define} block inside itself. */
  static final int MAX_DEPTH = 16;
  /** Characters one form's template may write or insert: far beyond any real form. */
  static final long MAX_CHARS = 32L * 1024 * 1024;
  /** Items in a list or map a template grows with {@code add}/{@code addAll}/{@code put}. */
  static final int MAX_ITEMS = 1_000_000;
  /** Time for one form's template: a form of 10,000 indicators takes a few seconds. */
  static final long MAX_SECONDS = 60;
  /** The time limit in nanoseconds; tests shorten it. */
  static volatile long maxNanos = MAX_SECONDS * 1_000_000_000L;

  private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();

  private Limits() {}

  /** What has been spent on the current form; where the outermost #evaluate or #define is. */
  static final class Budget {
    long loops;
    long chars;
    int evaluate;
    int define;
    Directive outer;
    final long deadline = System.nanoTime() + maxNanos;
    /** The template place last known to be running: a loop, a method call, an #evaluate. */
    String template;
    int line;
    int column;
    /** Counts down to the next look at the clock. */
    int tick;

    void at(String template, int line, int column) {
      if (template != null && line > 0) {
        this.template = template;
        this.line = line;
        this.column = column;
      }
    }
  }

  static void start() {
    BUDGET.set(new Budget());
  }

  /**
   * Stops the form once its time is up, at the template line last seen running: called on each
   * value read, method and macro call, loop turn and write.
   */
  static void tick() {
    Budget b = budget();
    if (--b.tick > 0) {
      return;
    }
    b.tick = 256;
    if (System.nanoTime() - b.deadline > 0) {
      Exceeded e = new Exceeded("模板运行超时：一张表的模板最多运行 " + maxNanos / 1_000_000_000L + " 秒，"
          + "超时时正在运行这一行",
          "检查模板中的循环和调用自身的 #macro：它们的次数是否随数据成倍增长", b.template, b.line,
          b.column);
      e.timeUp = true;
      throw e;
    }
  }

  /** A method call at {@code info}: counted against the time. */
  static void call(String template, int line, int column) {
    budget().at(template, line, column);
    tick();
  }

  /** What a method call made: a text counts as characters, a list or map may not pass its limit. */
  static void made(Object receiver, Object result, String template, int line, int column) {
    if (result instanceof CharSequence c) {
      chars(c.length());
    }
    int n = receiver instanceof java.util.Collection<?> c ? c.size()
        : receiver instanceof java.util.Map<?, ?> m ? m.size() : 0;
    if (n > MAX_ITEMS) {
      throw new Exceeded("模板中的列表过大：超过 " + MAX_ITEMS + " 项", "检查反复 add/addAll/put 的循环",
          template, line, column);
    }
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
    /** The time ran out (not a count): the template may well run as long for the next unit. */
    boolean timeUp;

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
    tick();
    Budget b = budget();
    b.chars += n;
    if (b.chars > MAX_CHARS) {
      String message = "模板生成的内容过大：超过 " + MAX_CHARS / 1024 / 1024 + " M 个字符";
      String hint = "检查模板中反复拼接字符串的 #set（例如 #set($s = \"$s$s\")）或过大的循环";
      if (b.outer == null && b.line > 0) {
        // no #evaluate or #define around it: the loop or call last seen running is the place
        throw new Exceeded(message + "，超过时正在运行这一行", hint, b.template, b.line, b.column);
      }
      throw Exceeded.at(b.outer, message, hint);
    }
  }

  /** {@code #foreach} whose turns count against the form's budget. */
  public static final class BoundedForeach extends Foreach {
    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node)
        throws IOException {
      budget().at(getTemplateName(), getLine(), getColumn());
      tick();
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
      b.at(getTemplateName(), getLine(), getColumn());
      tick();
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

  /**
   * The template's data, whose every read and every macro call looks at the clock: a macro that
   * calls itself several times, as deep as Velocity lets it, is otherwise work without end that
   * reads and writes nothing else.
   */
  static final class BoundedContext extends org.apache.velocity.VelocityContext {
    private static final long serialVersionUID = 1L;

    BoundedContext(java.util.Map<String, Object> model) {
      super(model);
    }

    @Override
    public Object internalGet(String key) {
      tick();
      return super.internalGet(key);
    }

    @Override
    public void pushCurrentMacroName(String name) {
      tick();
      super.pushCurrentMacroName(name);
    }
  }

  /**
   * {@link org.apache.velocity.util.introspection.SecureUberspector} whose method calls count:
   * against the time, a text made as characters written, a list grown past {@link #MAX_ITEMS};
   * {@code "x".repeat(n)} is refused before it is made.
   */
  public static final class BoundedUberspector
      extends org.apache.velocity.util.introspection.SecureUberspector {
    @Override
    public org.apache.velocity.util.introspection.VelMethod getMethod(Object obj, String name,
        Object[] args, org.apache.velocity.util.introspection.Info info) {
      org.apache.velocity.util.introspection.VelMethod m = super.getMethod(obj, name, args, info);
      return m == null ? null : new BoundedMethod(m, info);
    }
  }

  /** A method whose call is counted (see {@link BoundedUberspector}). */
  private record BoundedMethod(org.apache.velocity.util.introspection.VelMethod m,
      org.apache.velocity.util.introspection.Info info)
      implements org.apache.velocity.util.introspection.VelMethod {
    @Override
    public Object invoke(Object o, Object[] params)
        throws IllegalAccessException, java.lang.reflect.InvocationTargetException {
      String t = info == null ? null : info.getTemplateName();
      int line = info == null ? 0 : info.getLine();
      int col = info == null ? 0 : info.getColumn();
      call(t, line, col);
      if (o instanceof CharSequence s && "repeat".equals(m.getMethodName()) && params.length == 1
          && params[0] instanceof Number n) {
        // made, it would be counted; too large, it would run out of memory before that
        long size = (long) s.length() * Math.max(0, n.longValue());
        if (size + budget().chars > MAX_CHARS) {
          throw new Exceeded("模板生成的内容过大：repeat 要生成 " + size + " 个字符，超过 "
              + MAX_CHARS / 1024 / 1024 + " M", "检查 repeat 的次数", t, line, col);
        }
      }
      Object result = m.invoke(o, params);
      made(o, result, t, line, col);
      return result;
    }

    @Override
    public boolean isCacheable() {
      return m.isCacheable();
    }

    @Override
    public String getMethodName() {
      return m.getMethodName();
    }

    @Override
    public java.lang.reflect.Method getMethod() {
      return m.getMethod();
    }

    @Override
    public Class<?> getReturnType() {
      return m.getReturnType();
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
