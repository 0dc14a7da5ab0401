import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MoreMenu } from './more-menu';

function renderMenu() {
  render(
    <MemoryRouter>
      <MoreMenu label="Más">
        <a href="/reports">Informes</a>
        <a href="/downloads">Descargas</a>
      </MoreMenu>
    </MemoryRouter>,
  );
  return screen.getByRole('button', { name: 'Más' });
}

describe('MoreMenu', () => {
  it('opens on its first page with Enter and closes with Escape, giving the focus back', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Informes');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Descargas');
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes on the browser back button, and nothing else closes it by itself', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Time passing (a lazy page finishing its load, say) leaves it open.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
