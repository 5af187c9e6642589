package org.jixiao.model;

/**
 * One 年度工作任务: its 任务名称 (empty when the file gives only the text), 主要内容 and the values
 * of the variant's own task keys ({@code fields: task:} in variant.yaml, e.g. 预算申请 amounts).
 */
public record Task(String name, String content, java.util.Map<String, Object> extra) {
  public Task {
    name = name == null ? "" : name;
    content = content == null ? "" : content;
    extra = extra == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** A task with none of a variant's own keys. */
  public Task(String name, String content) {
    this(name, content, java.util.Map.of());
  }

  /** The task as one paragraph, for forms that print tasks as a list: 名称。内容. */
  public String text() {
    if (name.isEmpty() || content.isEmpty()) {
      return name + content;
    }
    return name.endsWith("。") ? name + content : name + "。" + content;
  }
}
