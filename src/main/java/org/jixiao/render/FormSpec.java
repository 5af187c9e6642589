package org.jixiao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.JixiaoException;

/**
 * A form a variant prints, as listed under {@code forms:} in its texts.yaml: a plain name is
 * printed once for every unit; {@code {name: …, each: project}} once for every project whose
 * targets the unit declared; {@code {name: …, when: projects}} once, only when there is such a
 * project. The variant decides which forms exist, the unit's data which of them it gets.
 */
public record FormSpec(String name, boolean eachProject, boolean needsProjects) {
  public FormSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("form name is required");
    }
  }

  /** The forms of a variant, from the {@code forms} value of its texts.yaml. */
  public static List<FormSpec> of(String variant, Object forms) {
    List<FormSpec> out = new ArrayList<>();
    if (!(forms instanceof List<?> list)) {
      throw bad(variant, "forms 应为列表");
    }
    for (Object item : list) {
      if (item instanceof String s && !s.isBlank()) {
        out.add(new FormSpec(s, false, false));
      } else if (item instanceof Map<?, ?> m && m.get("name") instanceof String n && !n.isBlank()
          && m.keySet().stream().allMatch(k -> k.equals("name") || k.equals("each")
              || k.equals("when"))) {
        Object each = m.get("each");
        Object when = m.get("when");
        if ((each != null && !"project".equals(each)) || (when != null && !"projects".equals(when))) {
          throw bad(variant, "表「" + n + "」的 each 只能是 project，when 只能是 projects");
        }
        out.add(new FormSpec(n, each != null, when != null));
      } else {
        throw bad(variant, "forms 的每一项应为表名，或 {name: 表名, each: project}，"
            + "或 {name: 表名, when: projects}");
      }
    }
    return out;
  }

  private static JixiaoException bad(String variant, String message) {
    return new JixiaoException(Diagnostic.error("templates/" + variant + "/texts.yaml", 0, 0,
        "texts-forms", message, "参考 templates/hubei/texts.yaml 的 forms:"));
  }
}
