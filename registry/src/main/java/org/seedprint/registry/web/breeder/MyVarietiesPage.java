package org.seedprint.registry.web.breeder;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.varieties.DenominationCheck;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyData;
import org.seedprint.registry.varieties.VarietyService;
import org.seedprint.registry.web.Bilingual;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My organisation's varieties: the list, registering one (names that could be confused with it
 * are shown before it is saved, the UPOV rule), editing and withdrawing one.
 */
@Controller
class MyVarietiesPage {

    private final VarietyService varieties;
    private final List<DenominationCheck> checks;
    private final CurrentUsers users;

    MyVarietiesPage(VarietyService varieties, List<DenominationCheck> checks, CurrentUsers users) {
        this.varieties = varieties;
        this.checks = checks;
        this.users = users;
    }

    @GetMapping("/my/varieties")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<Variety> mine = varieties.ownedBy(
                Organisations.own(users), PageRequest.of(Math.max(0, page), 50, Sort.by(Sort.Direction.DESC, "id")));
        model.addAttribute("varieties", mine.getContent());
        model.addAttribute("total", mine.getTotalElements());
        return "breeder/varieties";
    }

    @GetMapping("/my/varieties/new")
    String registerForm(Model model) {
        return form(model, VarietyForm.empty(), null);
    }

    @PostMapping("/my/varieties/new")
    String register(@ModelAttribute VarietyForm form, Model model) {
        try {
            VarietyData data = form.data(Organisations.own(users), List.of());
            List<DenominationCheck.SimilarName> similar = similar(data, null);
            if (!similar.isEmpty() && !form.confirmed()) {
                model.addAttribute("similar", similar);
                return form(model, form, null);
            }
            Variety v = varieties.create(data);
            return "redirect:/my/varieties?saved=" + v.getId();
        } catch (DomainException e) {
            model.addAttribute("error", Bilingual.of(e));
            return form(model, form, null);
        }
    }

    @GetMapping("/my/varieties/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Variety v = own(id);
        return form(model, VarietyForm.of(v), v);
    }

    @PostMapping("/my/varieties/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute VarietyForm form, Model model) {
        Variety v = own(id);
        try {
            VarietyData data = form.data(Organisations.own(users), List.copyOf(v.getParents()));
            List<DenominationCheck.SimilarName> similar = similar(data, id);
            if (!similar.isEmpty() && !form.confirmed() && renamed(v, data)) {
                model.addAttribute("similar", similar);
                return form(model, form, v);
            }
            varieties.update(id, Objects.requireNonNullElse(form.version(), -1L), data);
            return "redirect:/my/varieties?saved=" + id;
        } catch (DomainException e) {
            model.addAttribute("error", Bilingual.of(e));
            return form(model, form, v);
        }
    }

    @PostMapping("/my/varieties/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam long version) {
        Variety v = own(id);
        VarietyData withdrawn = VarietyForm.of(v)
                .withStatus(Variety.Status.WITHDRAWN)
                .data(Organisations.own(users), List.copyOf(v.getParents()));
        varieties.update(id, version, withdrawn);
        return "redirect:/my/varieties?withdrawn=" + id;
    }

    /** A variety of the signed-in breeder's organisation; another's is refused before any form is shown. */
    private Variety own(long id) {
        Variety v = varieties.find(id).orElseThrow(() -> new NotFound("variety " + id));
        if (!Long.valueOf(Organisations.own(users)).equals(v.getOwnerOrganisationId())) {
            throw new Forbidden("variety " + id + " belongs to another organisation");
        }
        return v;
    }

    private List<DenominationCheck.SimilarName> similar(VarietyData d, @Nullable Long self) {
        if (d.cropCode() == null) return List.of();
        return checks.stream()
                .flatMap(c -> c.similar(d.cropCode(), d.denominationLatin(), d.denominationChinese(), self).stream())
                .toList();
    }

    private static boolean renamed(Variety v, VarietyData d) {
        return !Objects.equals(v.getDenominationLatin(), blankToNull(d.denominationLatin()))
                || !Objects.equals(v.getDenominationChinese(), blankToNull(d.denominationChinese()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String form(Model model, VarietyForm form, @Nullable Variety v) {
        model.addAttribute("form", form);
        model.addAttribute("variety", v);
        model.addAttribute("kinds", Variety.Kind.values());
        model.addAttribute("statuses", Variety.Status.values());
        model.addAttribute("derivations", Variety.Derivation.values());
        return "breeder/variety-form";
    }
}
