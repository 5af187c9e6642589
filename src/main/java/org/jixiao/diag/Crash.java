package org.jixiao.diag;

/**
 * What a unit's unexpected failure becomes: one diagnostic for that unit, so a batch goes on.
 * Too deep a recursion and too little memory are the data's or the machine's limits, and say
 * what to do; anything else is jixiao's defect, says so and asks for a report.
 */
public final class Crash {
  /** The rule of a defect in jixiao itself (as against a limit the data or machine hit). */
  public static final String INTERNAL = "internal";

  private Crash() {}

  /** {@code t} thrown while {@code file} was processed, as that file's one diagnostic. */
  public static Diagnostic of(String file, Throwable t) {
    if (t instanceof JixiaoException j && !j.diagnostics().isEmpty()) {
      return j.diagnostics().get(0);
    }
    if (t instanceof StackOverflowError) {
      return Diagnostic.error(file, 0, 0, "too-deep",
          "处理这个文件时递归过深（数据或模板中有自我引用或层次太多）(stack overflow)",
          "检查 YAML 中的 & 和 * 是否引用了自身，或模板中的 #evaluate、#define、#macro 是否调用了自身");
    }
    if (t instanceof OutOfMemoryError) {
      return Diagnostic.error(file, 0, 0, "out-of-memory",
          "内存不足，无法处理这个文件 (out of memory)",
          "给 Java 更多内存：JIXIAO_HEAP=50% ./jixiao …（机器内存的一半；默认 25%），"
              + "或 JIXIAO_HEAP=4g；数据量异常大时检查是否误放了其他内容");
    }
    StackTraceElement[] at = t.getStackTrace();
    String where = at.length > 0 ? " at " + at[0] : "";
    return Diagnostic.error(file, 0, 0, INTERNAL,
        "内部错误 (internal error)：" + t + where,
        "这是 jixiao 的缺陷，不是你的数据的问题。请加上 --stacktrace 重新运行，"
            + "并把输出和这个文件附在问题报告里");
  }

  /** Whether {@code d} says jixiao itself failed (not the data, the templates or the machine). */
  public static boolean internal(Diagnostic d) {
    return d.rule().equals(INTERNAL);
  }
}
