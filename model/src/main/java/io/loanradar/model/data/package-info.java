/**
 * 建模数据 — the model lab's input: any CSV table read as text, its columns typed as numeric or
 * categorical, the binary label, and the stratified or out-of-time splits used to train and test.
 */
package io.loanradar.model.data;
