package org.jixiao.template;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/**
 * Runs layout templates with Velocity, hardened: templates load only from their root, strict
 * references (an undefined name is an error with its line), no reflection or class loading
 * (SecureUberspector), every inserted value XML-escaped, what a form may spend bounded
 * ({@link Limits}). Templates are parsed once and cached.
 */
public final class TemplateEngine {
  private static final Pattern NO_PROPERTY =
      Pattern.compile("Object '([\\w.$]+)' does not contain property");
  private static final Pattern NULL_REFERENCE =
      Pattern.compile("Reference (\\$\\S+) evaluated to null");
  private static final Pattern WHERE = Pattern.compile("\\[line (\\d+), column (\\d+)\\]");
  private final VelocityEngine engine;
  private final TemplateRoot root;
  /**
   * The templates that ran out of time, with what was said: the next unit of the same template
   * fails at once with the same error instead of spending the whole time limit again (an endless
   * loop would cost every unit of a batch a minute).
   */
  private final Map<String, Diagnostic> timedOut = new java.util.concurrent.ConcurrentHashMap<>();

  public TemplateEngine(TemplateRoot root) {
    this.root = root;
    Properties p = new Properties();
    p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "root");
    p.put("resource.loader.root.instance", new RootResourceLoader(root));
    p.setProperty("resource.loader.root.cache", "true");
    p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, Limits.BoundedUberspector.class.getName());
    p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, XmlEscapingHandler.class.getName());
    p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    p.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "5");
    p.setProperty(RuntimeConstants.VM_MAX_DEPTH, "20");
    // A #macro belongs to the template that defines it (and those it #parses it into): with
    // Velocity's default, one namespace for all, the first variant to define #columns in a run
    // lent it to every other variant's template of the same name, so a batch of 湖北 and 龙岩
    // units rendered 龙岩 with 湖北's columns (or failed) depending on which came first.
    p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
    // Velocity's own #define limit (past it, a block renders as null) is set above ours
    p.setProperty(RuntimeConstants.DEFINE_DIRECTIVE_MAXDEPTH, String.valueOf(4 * Limits.MAX_DEPTH));
    p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, String.join(",",
        Limits.BoundedForeach.class.getName(), Limits.BoundedEvaluate.class.getName(),
        Limits.BoundedDefine.class.getName()));
    p.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, "jixiao.velocity");
    engine = new VelocityEngine(p);
    engine.init();
  }

  public TemplateRoot root() {
    return root;
  }

  /** Renders {@code name} (relative to the root) with {@code model}; errors name the template line. */
  public String render(String name, Map<String, Object> model) {
    Template t;
    try {
      t = engine.getTemplate(name, "UTF-8");
    } catch (ResourceNotFoundException e) {
      throw fail(name, 0, 0, "template-missing", "找不到模板 " + name + "（在 " + root.describe() + "）",
          "检查 layout 的拼写，或 templates/ 下是否有该版式的文件夹", e);
    } catch (ParseErrorException e) {
      throw fail(name, e.getLineNumber(), e.getColumnNumber(), "template-syntax",
          "模板语法错误：" + firstLine(e.getMessage()), "修改模板后用 --emit layout 查看输出", e);
    }
    Diagnostic before = timedOut.get(name);
    if (before != null) {
      throw new JixiaoException(new Diagnostic(before.file(), before.line(), before.column(),
          before.severity(), before.rule(), before.message() + "（此前一个单位用这个模板已超时，"
              + "本单位不再运行它；template timed out before, not run again）", before.hint()
              + "；改好模板后重新运行。只渲染这一个文件时它仍有完整的时间"));
    }
    StringWriter out = new StringWriter(32 * 1024);
    Limits.start();
    try {
      t.merge(new Limits.BoundedContext(new java.util.HashMap<>(model)), new Limits.CountingWriter(out));
    } catch (Limits.Exceeded e) {
      throw limit(name, e);
    } catch (StackOverflowError e) {
      throw fail(name, 0, 0, "template-limit", "模板递归过深（#macro、#parse、#evaluate 或 #define 调用了自己）",
          "检查模板中调用自身的 #macro、#evaluate 或 #define", null);
    } catch (ResourceNotFoundException e) {
      throw failAt(name, e, "template-missing", "模板引用的文件不存在或不在模板文件夹内：",
          "#parse 只能读取模板文件夹内的相对路径");
    } catch (MethodInvocationException e) {
      throw fail(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), "template-error",
          "模板执行出错：" + firstLine(e.getMessage()), hint(e), e);
    } catch (VelocityException e) {
      if (e.getCause() instanceof Limits.Exceeded x) {
        throw limit(name, x);
      }
      throw failAt(name, e, "template-error", "模板执行出错：", nullHint(e));
    } finally {
      Limits.end();
    }
    return out.toString();
  }

  /** A limit passed while running {@code name}; a time-out is remembered for the next unit. */
  private JixiaoException limit(String name, Limits.Exceeded e) {
    JixiaoException x = fail(e.template == null ? name : e.template, e.line, e.column,
        "template-limit", e.getMessage(), e.hint, e);
    if (e.timeUp) {
      timedOut.putIfAbsent(name, x.diagnostics().get(0));
    }
    return x;
  }

  /**
   * A reference that is null where it is printed: most often a wording the template reads from
   * texts.yaml ({@code $texts.labels.office}, or {@code $L.office} with {@code #set($L = $texts.labels)})
   * that the variant's texts.yaml does not have.
   */
  private static String nullHint(VelocityException e) {
    Matcher m = NULL_REFERENCE.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      return "模板引用了不存在的数据或被禁止的操作";
    }
    String ref = m.group(1);
    String key = ref.substring(ref.lastIndexOf('.') + 1).replaceAll("[^\\p{L}\\p{N}_]", "");
    return ref + " 没有值：若它是 texts.yaml 中的文字（如 $texts.labels." + key + "），在版式的 texts.yaml 的 labels: 下加上 "
        + key + ": 表上的文字；可能为空的数据写成 $!" + ref.substring(1) + " 或先用 #if 判断";
  }

  /** An undefined {@code $x} is a typo or missing data, not a forbidden call. */
  private static String hint(MethodInvocationException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("$project has not been set")) {
      // a form printed once per project has it; one printed once per unit does not
      return "$project 只在每个项目印一份的表里有：在 variant.yaml 中这张表下写 each: project"
          + "（一个单位只印一份的表没有 $project）";
    }
    if (m.contains("has not been set") || m.contains("is not a valid reference")) {
      return "模板数据中没有这个引用：检查拼写（可用的数据见 enrich/Views），"
          + "可能缺少的值先用 #if(...) 判断";
    }
    Matcher p = NO_PROPERTY.matcher(m);
    if (p.find()) {
      return "模板数据中没有这个引用：检查拼写，" + names(p.group(1))
          + "（见 enrich/Views；YAML 中带下划线的键写成驼峰，如 last_year → lastYear）";
    }
    return "模板只能读取传入的数据，不能调用 Java 方法";
  }

  /** The names a record of the template model has ("有：name、code"), or "" for another class. */
  private static String names(String className) {
    try {
      Class<?> c = Class.forName(className, false, TemplateEngine.class.getClassLoader());
      if (c.isRecord()) {
        return "这里有：" + java.util.Arrays.stream(c.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(java.util.stream.Collectors.joining("、"));
      }
    } catch (ClassNotFoundException | LinkageError e) {
      // not one of ours: no names to offer
    }
    return "";
  }

  /** For exceptions that carry their place only in the message: "…[line 3, column 5]". */
  private JixiaoException failAt(String template, VelocityException e, String rule, String msg,
      String hint) {
    Matcher m = WHERE.matcher(String.valueOf(e.getMessage()));
    boolean at = m.find();
    return fail(template, at ? Integer.parseInt(m.group(1)) : 0,
        at ? Integer.parseInt(m.group(2)) : 0, rule, msg + firstLine(e.getMessage()), hint, e);
  }

  private JixiaoException fail(String template, int line, int col, String rule, String msg,
      String hint, Throwable cause) {
    String file = template == null ? root.describe() : root.display(template);
    return new JixiaoException(Diagnostic.error(file, line, col, rule, msg, hint), cause);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
