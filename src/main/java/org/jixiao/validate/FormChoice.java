package org.jixiao.validate;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.model.YNode;
import org.jixiao.variant.Variant;

/**
 * The forms a unit files: those its {@code forms:} names, else every form of its variant. A
 * name the variant has no form of is {@code form-unknown}; leaving out a form the variant does
 * not mark {@code optional} is {@code form-required}.
 */
public final class FormChoice {
  private FormChoice() {}

  /** The forms filed, in the variant's order; problems are added to {@code found}. */
  public static List<Variant.Form> of(String file, YNode tree, Variant v, Messages lang,
      List<Diagnostic> found) {
    if (!(tree instanceof YNode.YMap m) || !(m.entries().get("forms") instanceof YNode.YList l)) {
      return v.forms();
    }
    List<String> names = new ArrayList<>();
    List<String> all = v.forms().stream().map(Variant.Form::file).toList();
    for (YNode item : l.items()) {
      if (!(item instanceof YNode.YScalar s) || s.text() == null) {
        continue; // the schema reports what is not a name
      }
      String n = s.text().strip();
      if (!all.contains(n)) {
        found.add(Diagnostic.error(file, s.line(), s.column(), "form-unknown",
            lang.pick("版式 " + v.name() + " 没有「" + n + "」这张表", "layout " + v.name()
                + " has no form '" + n + "'"),
            lang.pick("可报的表：", "its forms: ") + String.join("、", all)
                + Suggest.didYouMean(n, all, lang)));
      }
      names.add(n);
    }
    List<Variant.Form> out = new ArrayList<>();
    for (Variant.Form f : v.forms()) {
      if (names.contains(f.file())) {
        out.add(f);
      } else if (!f.optional()) {
        found.add(Diagnostic.error(file, l.line(), l.column(), "form-required",
            lang.pick("版式 " + v.name() + " 的「" + f.file() + "」必须报送", "layout " + v.name()
                + " requires the form '" + f.file() + "'"),
            lang.pick("在 forms: 中加上 " + f.file() + "，或删去 forms: 报全部表",
                "add it to forms:, or delete forms: to file every form")));
      }
    }
    return out;
  }
}
