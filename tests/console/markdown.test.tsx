import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Markdown } from "../../console/src/ui/markdown.js";

afterEach(cleanup);

describe("Markdown", () => {
  it("renders lists, emphasis, code and safe links as elements", () => {
    const { container } = render(
      <Markdown
        text={
          "## Steps\n1. Apologise **first**.\n2. Offer a *voucher* (`VOUCHER10`).\n\nSee [the FAQ](https://example.com/faq)."
        }
      />,
    );
    expect(container.querySelector("h4")?.textContent).toBe("Steps");
    expect([...container.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual([
      "Apologise first.",
      "Offer a voucher (VOUCHER10).",
    ]);
    expect(container.querySelector("strong")?.textContent).toBe("first");
    expect(container.querySelector("em")?.textContent).toBe("voucher");
    expect(container.querySelector("code")?.textContent).toBe("VOUCHER10");
    const link = container.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://example.com/faq");
    expect(link?.getAttribute("rel")).toContain("noopener");
  });

  it("never turns policy text into HTML or script links", () => {
    const { container } = render(
      <Markdown text={'<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n[click](javascript:alert(3))'} />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain("<script>alert(1)</script>");
    expect(container.textContent).toContain("click");
  });

  it("says when a section is empty", () => {
    const { container } = render(<Markdown text={"  \n"} />);
    expect(container.textContent).toBe("Not written yet.");
  });
});
