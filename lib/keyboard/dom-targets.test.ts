// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { isControlActivation, isTypingTarget } from "./key-sequence";

/** The checks that read the element a press lands on, against a real (happy-dom) DOM. */
function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  const found = document.body.querySelector<HTMLElement>("[data-target]");
  if (!found) throw new Error("the markup has no [data-target]");
  return found;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("isTypingTarget", () => {
  it("keeps letters in text fields, text areas and editable content", () => {
    expect(isTypingTarget(mount(`<input data-target type="search">`))).toBe(true);
    expect(isTypingTarget(mount(`<textarea data-target></textarea>`))).toBe(true);
    expect(isTypingTarget(mount(`<div data-target contenteditable="true"></div>`))).toBe(true);
  });

  it("lets shortcuts through on a checkbox, a button or the page", () => {
    expect(isTypingTarget(mount(`<input data-target type="checkbox">`))).toBe(false);
    expect(isTypingTarget(mount(`<button data-target>Close</button>`))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe("isControlActivation", () => {
  it("leaves Enter and Space on links, buttons and their children to the browser", () => {
    expect(isControlActivation("Enter", mount(`<a data-target href="/x">Open</a>`))).toBe(true);
    expect(isControlActivation(" ", mount(`<button data-target>Menu</button>`))).toBe(true);
    expect(
      isControlActivation("Enter", mount(`<button><span data-target>Menu</span></button>`)),
    ).toBe(true);
    expect(isControlActivation("Enter", mount(`<div data-target role="tab"></div>`))).toBe(true);
  });

  it("lets Enter be a shortcut elsewhere, and never claims other keys", () => {
    const row = mount(
      `<table><tbody><tr data-target tabindex="0"><td>#12</td></tr></tbody></table>`,
    );
    expect(isControlActivation("Enter", row)).toBe(false);
    expect(isControlActivation("Enter", document.body)).toBe(false);
    expect(isControlActivation("o", mount(`<a data-target href="/x">Open</a>`))).toBe(false);
  });
});
