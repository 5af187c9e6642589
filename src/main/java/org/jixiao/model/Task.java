package org.jixiao.model;

/** One 年度工作任务: its 任务名称 (empty when the file gives only the text) and 主要内容. */
public record Task(String name, String content) {
  public Task {
    name = name == null ? "" : name;
    content = content == null ? "" : content;
  }

  /** The task as one paragraph, for forms that print tasks as a list: 名称。内容. */
  public String text() {
    if (name.isEmpty() || content.isEmpty()) {
      return name + content;
    }
    return name.endsWith("。") ? name + content : name + "。" + content;
  }
}
