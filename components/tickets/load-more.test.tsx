// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoadMore } from "./load-more";

afterEach(cleanup);

const noop = () => {};

describe("LoadMore", () => {
  it("says the list is whole only when no page follows and none is arriving", () => {
    render(
      <LoadMore
        shown={32}
        hasNextPage={false}
        isFetchingNextPage={false}
        error={null}
        onLoadMore={noop}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Showing 32 tickets · that is all of them");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("while a page is still arriving, before it is known whether more follow, stays busy and claims nothing", () => {
    render(
      <LoadMore
        shown={32}
        hasNextPage={false}
        isFetchingNextPage={true}
        error={null}
        onLoadMore={noop}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Showing 32 tickets");
    const button = screen.getByRole("button", { name: "Loading…" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
  });

  it("asks for nothing when pressed while a page is arriving", () => {
    const onLoadMore = vi.fn();
    render(
      <LoadMore
        shown={25}
        hasNextPage={true}
        isFetchingNextPage={true}
        error={null}
        onLoadMore={onLoadMore}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Loading…" }));
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it("offers the next page when there is one", () => {
    render(
      <LoadMore
        shown={25}
        hasNextPage={true}
        isFetchingNextPage={false}
        error={null}
        onLoadMore={noop}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("Showing 25 tickets");
    expect(screen.getByRole("button", { name: "Load more tickets" })).toBeTruthy();
  });
});
