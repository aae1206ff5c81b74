"""Masked BCE: an unknown label contributes nothing to the loss or its gradient."""

import numpy as np
import torch

from moderation.training.batches import Encoded
from moderation.training.loop import masked_bce, positive_weights


def test_unknown_labels_do_not_change_the_loss_or_gradient():
    logits = torch.tensor([[2.0, -1.0, 0.5], [0.1, 3.0, -2.0]], requires_grad=True)
    targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    weights = torch.tensor([[1.0, 0.0, 1.0], [1.0, 0.0, 0.0]])  # violent unknown for both rows
    loss = masked_bce(logits, targets, weights, torch.ones(3))
    loss.backward()
    assert torch.all(logits.grad[:, 1] == 0) and logits.grad[1, 2] == 0

    flipped = targets.clone()
    flipped[:, 1] = 1 - flipped[:, 1]  # changing an unknown label's value changes nothing
    assert torch.isclose(loss, masked_bce(logits.detach(), flipped, weights, torch.ones(3)))

    known = torch.nn.functional.binary_cross_entropy_with_logits(
        torch.tensor([2.0, 0.5, 0.1]), torch.tensor([1.0, 1.0, 0.0])
    )
    assert torch.isclose(loss, known)


def test_positive_weights_follow_imbalance_over_known_rows_only():
    targets = np.array([[1, 0, 1]] + [[0, 0, 0]] * 15, dtype=np.float32)
    weights = np.ones_like(targets)
    weights[8:, 1] = 0  # unknown rows are not counted as negatives
    pw = positive_weights(Encoded([[1]] * 16, targets, weights), cap=10.0)
    assert np.allclose(pw.numpy(), [np.sqrt(15), np.sqrt(8), np.sqrt(15)], atol=1e-5)
    assert positive_weights(Encoded([[1]] * 16, targets, weights), cap=3.0)[0].item() == 3.0
